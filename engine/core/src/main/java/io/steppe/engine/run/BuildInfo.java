package io.steppe.engine.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Steppe's version and git commit, from {@code steppe/version.properties} written at build time. */
public final class BuildInfo {
    private static final Properties PROPS = new Properties();

    static {
        try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream("steppe/version.properties")) {
            if (in != null) {
                PROPS.load(in);
            }
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private BuildInfo() {
    }

    /** The release version, or "dev" outside a packaged build. */
    public static String version() {
        return clean(PROPS.getProperty("version"), "dev");
    }

    /** The abbreviated git commit of the build, with "-dirty" when the tree had changes. */
    public static String commit() {
        String commit = clean(PROPS.getProperty("commit"), "unknown");
        return "true".equals(PROPS.getProperty("dirty")) ? commit + "-dirty" : commit;
    }

    private static String clean(String value, String fallback) {
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value;
    }
}

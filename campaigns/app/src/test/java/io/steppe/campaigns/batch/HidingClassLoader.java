package io.steppe.campaigns.batch;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The test class path with some packages hidden, to show that code runs without them: the test
 * class path has the provided dependencies (Hadoop, Spark), {@code steppe.jar} has none. Classes
 * load afresh in this loader, so the ones under test cannot borrow what the test's loader already
 * loaded.
 */
final class HidingClassLoader extends URLClassLoader {
    private final List<String> hiddenPrefixes;
    private final List<String> refused = new CopyOnWriteArrayList<>();

    HidingClassLoader(String... hiddenPrefixes) {
        super(classPath(), ClassLoader.getPlatformClassLoader());
        this.hiddenPrefixes = List.of(hiddenPrefixes);
    }

    /** The hidden classes that were asked for (and refused), in order. */
    List<String> refused() {
        return List.copyOf(refused);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        for (String prefix : hiddenPrefixes) {
            if (name.startsWith(prefix)) {
                refused.add(name);
                throw new ClassNotFoundException(name + " is hidden from this test");
            }
        }
        return super.loadClass(name, resolve);
    }

    private static URL[] classPath() {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            try {
                urls.add(Path.of(entry).toUri().toURL());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return urls.toArray(URL[]::new);
    }
}

package io.steppe.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documentation a plugin attaches to its spec records and their parameters. {@code steppe agents}
 * and {@code steppe policies} print it; the generated docs are built from it.
 *
 * <p>On a type: {@link #value()} is the one-line description. On a record component (a
 * parameter): {@link #value()} says what it is, {@link #unit()} its unit, and {@link #source()}
 * where its default comes from. Defaults themselves are whatever the spec's constructor fills in
 * when the parameter is absent, so the documentation can never drift from the code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Describe {
    /** What the type or parameter is, in one line. */
    String value();

    /** Unit of a parameter ({@code "KZT/kWh"}, {@code "MW"}, {@code "1"} for dimensionless). */
    String unit() default "";

    /** Source of a parameter's default value (a data file row, a paper, or "assumption: ..."). */
    String source() default "";
}

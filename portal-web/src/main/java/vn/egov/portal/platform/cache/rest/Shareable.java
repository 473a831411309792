package vn.egov.portal.platform.cache.rest;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A public read whose answer is the same for everybody and changes only with the public content:
 * {@link ConditionalGets} gives its 200s {@code Cache-Control: public, max-age}, an ETag and
 * {@code Last-Modified}, and 304s to clients whose copy is current. Only for answers that depend on
 * nothing but the request and the content that moves {@code PublicContentVersion} (not on the clock,
 * the caller or a secret).
 */
@Documented
@Target(METHOD)
@Retention(RUNTIME)
public @interface Shareable {

    /** How long browsers and fronts may keep the answer without asking again. */
    int seconds();
}

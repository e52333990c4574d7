package io.github.casefile.model;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model, applied to the whole package in {@code package-info.java}.
 *
 * <p>It carries {@link JsonSerialize} so that every value type gets its Jackson binding without
 * per-type annotations, and keeps the generated code free of Guava.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@JsonSerialize
@Value.Style(
    jdkOnly = true,
    typeImmutable = "Immutable*",
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "agency:agencies", "party:parties", "country:countries"},
    defaults = @Value.Immutable(copy = true),
    // No @Generated on the implementations: the model module reads the annotations jar only at
    // compile time, and an annotation from it on exported classes makes javac warn.
    allowedClasspathAnnotations = {Override.class})
public @interface CasefileStyle {}

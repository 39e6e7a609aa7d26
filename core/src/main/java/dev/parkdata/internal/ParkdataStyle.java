package dev.parkdata.internal;

import dev.parkdata.model.ModelConstraintException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the parkdata model.
 *
 * <p>A package-private {@code AbstractPark} is written by hand and the annotation processor
 * generates the public, final, immutable {@code Park} with its {@code Park.builder()}, {@code
 * with*} copy methods, {@code equals} and {@code hashCode}. Collections are declared with JDK
 * interfaces ({@code List}) and held as unmodifiable JDK copies ({@code List.copyOf}), so the
 * public signatures never narrow to a third-party collection type; builders add single
 * elements with depluralized names ({@code addSubZone}, {@code addLeadingIndustry}). {@code
 * build()} without a required attribute throws {@link ModelConstraintException}.
 *
 * <p>Not API: this annotation is an implementation detail of the model packages; it is public
 * only because an annotation must be to be used across packages.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    depluralize = true,
    depluralizeDictionary = {"industry:industries", "body:bodies", "policy:policies"},
    allParameters = false,
    jdkOnly = true,
    jdk9Collections = true,
    optionalAcceptNullable = false,
    // A required attribute not set is a model constraint like any other, not an IllegalStateException.
    throwForInvalidImmutableState = ModelConstraintException.class,
    defaults = @Value.Immutable(copy = true, prehash = false))
public @interface ParkdataStyle {}

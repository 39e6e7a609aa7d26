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
 * <p>The rule holds beyond the model, for every public or protected signature of every
 * parkdata module: no Guava type ({@code ImmutableList}, {@code Range}, {@code Multimap} …) is
 * taken or returned. Collections are JDK interfaces (a method may return an {@code
 * ImmutableList} it built, typed as {@code List}); an interval is parkdata's own {@link
 * dev.parkdata.metric.Interval}. Guava is an implementation detail: a {@code module-info}
 * {@code requires com.google.common} without {@code transitive}, and users' code never
 * compiles against it through parkdata. Third-party types stay in signatures only where they
 * are the point of the module (Jackson in io, Hibernate in hibernate, AssertJ and QuickTheories
 * in testing), and those modules {@code requires transitive} them. The modular-it module's
 * application checks both with reflection on every build.
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
    // Only this: otherwise the processor adds every marker it finds on the compile path
    // (@Generated, Error Prone's @CanIgnoreReturnValue that came with Guava) to public API,
    // and the module would have to require their modules.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true, prehash = false))
public @interface ParkdataStyle {}

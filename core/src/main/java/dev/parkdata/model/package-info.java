/**
 * What every entity of the model shares: its {@link dev.parkdata.model.Identifier}, the {@link
 * dev.parkdata.model.EntityKind} it is, {@link dev.parkdata.model.Names} and the {@link
 * dev.parkdata.model.ModelConstraintException} builders throw. See the overview of the {@link
 * dev.parkdata.dataset} package for how the types fit together.
 */
package dev.parkdata.model;

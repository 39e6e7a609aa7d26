/**
 * Validation: every inconsistency in a dataset found, named and located. A {@link
 * dev.parkdata.validation.Validator} runs {@link dev.parkdata.validation.Rule}s over a {@link
 * dev.parkdata.dataset.Dataset} and returns a {@link dev.parkdata.validation.ValidationReport} of
 * {@link dev.parkdata.validation.Violation}s, each with a stable rule code, a {@link
 * dev.parkdata.validation.Severity}, the {@link dev.parkdata.validation.Path} of the offending
 * value, the offending {@link dev.parkdata.validation.Figure}s and a message in Chinese and in
 * English.
 *
 * <pre>{@code
 * ValidationReport report = Validator.standard().validate(dataset);
 * report.hasErrors();                 // publish only when false
 * report.atLeast(Severity.WARNING).toText();
 * }</pre>
 *
 * <h2>Paths</h2>
 * A path names a value from the root of what was validated; see {@link
 * dev.parkdata.validation.Path} for the text syntax (fields, {@code [index]}, {@code [key]},
 * quoting) and the JSON-Pointer form. In a dataset:
 *
 * <table class="striped">
 *   <caption>Paths of the values of a dataset</caption>
 *   <thead><tr><th>Value</th><th>Path</th><th>JSON-Pointer form</th></tr></thead>
 *   <tbody>
 *   <tr><td>a top-level park, by identifier</td><td>{@code parks[G112001]}</td>
 *       <td>{@code /parks/G112001}</td></tr>
 *   <tr><td>a sub-zone, by position in its parent's sub-zones</td>
 *       <td>{@code parks[G112001].subZones[2]}</td><td>{@code /parks/G112001/subZones/2}</td></tr>
 *   <tr><td>an area, by the lower-case name of its {@link dev.parkdata.park.AreaKind}</td>
 *       <td>{@code parks[G112001].subZones[2].areas[approved]}</td>
 *       <td>{@code /parks/G112001/subZones/2/areas/approved}</td></tr>
 *   <tr><td>an observation or target, by position within its holder</td>
 *       <td>{@code parks[G622052].observations[3]}, {@code clusters[X].targets[0]}</td>
 *       <td>{@code /parks/G622052/observations/3}</td></tr>
 *   <tr><td>a free-standing observation of the dataset</td><td>{@code observations[0]}</td>
 *       <td>{@code /observations/0}</td></tr>
 *   <tr><td>approvals, designations, management, by position</td>
 *       <td>{@code parks[G112001].designations[1]}</td>
 *       <td>{@code /parks/G112001/designations/1}</td></tr>
 *   <tr><td>other top-level entities, by identifier</td>
 *       <td>{@code clusters[X]}, {@code chains[X]}, {@code policies[X]}, {@code
 *       organisations[X]}, {@code externals[X]}</td><td>{@code /policies/X}</td></tr>
 *   <tr><td>a policy measure's amount or rate</td>
 *       <td>{@code policies[P].measures[0].amount}, {@code policies[P].measures[1].rate}</td>
 *       <td>{@code /policies/P/measures/0/amount}</td></tr>
 *   <tr><td>a reference to an entity</td>
 *       <td>{@code parks[S112001].parent}, {@code chains[X].hostPark}, {@code
 *       clusters[X].hostParks[0]}</td><td>{@code /chains/X/hostPark}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Outside a dataset the producer of a violation chooses the path: an importer reports the
 * column 批准时间 of line 37 of a catalogue file as {@code rows[37].批准时间} ({@code
 * /rows/37/批准时间}).
 *
 * <h2>Reports from elsewhere</h2>
 * Anything that finds problems can build {@link dev.parkdata.validation.Violation}s with {@code
 * Violation.builder()}, make a report with {@link
 * dev.parkdata.validation.ValidationReport#of(Iterable)} and {@linkplain
 * dev.parkdata.validation.ValidationReport#merge merge} it with a validator's.
 *
 * <h2>Standard rules</h2>
 * See {@link dev.parkdata.validation.StandardRules} for the codes, severities and examples.
 */
package dev.parkdata.validation;

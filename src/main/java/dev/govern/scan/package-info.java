/**
 * {@code govern scan}: measures AI assistant use in the organisation's repositories and turns it into
 * governance data ({@code data/measurements/}). Repositories are read with JGit from their objects at
 * HEAD: nothing is checked out, no hook or program runs, nothing is written to a scanned repository,
 * and no symbolic link is followed out of it.
 *
 * <p>The flow: {@link dev.govern.scan.Inventory} turns {@code repositories.yaml} into targets;
 * {@link dev.govern.scan.RepositoryScanner} reads one repository's tree (assistant files, ignore
 * files, CODEOWNERS) and applies the {@link dev.govern.scan.Signatures} (rules as data) to their
 * contents; {@link dev.govern.scan.Requirements} adds the classification's violations;
 * {@link dev.govern.scan.Scanner} runs the targets on all cores, each first through the
 * {@link dev.govern.scan.ScanIndex} (the whole inventory's last measurements, each used only when the
 * repository's {@link dev.govern.scan.RepositoryState} is unchanged), then the HEAD-keyed
 * {@link dev.govern.scan.ScanCache}; {@link dev.govern.scan.MeasurementWriter} writes the YAML that
 * {@code dev.govern.load.MeasurementBinder} reads back (measurement files, part files, cache entries).
 *
 * <p>A new measurement part (such as AI attribution from commit history): a component of
 * {@link dev.govern.model.RepositoryScan}, its keys in {@code MeasurementBinder.repository} and
 * {@code MeasurementWriter.repository}, and its reader called from {@code RepositoryScanner.scan}
 * beside the tree's. The cache, shards, parts and merge carry whole {@code RepositoryScan} values
 * through that one writer and reader, so they need no change; bump {@code ScanCache.FORMAT} so old
 * cache entries are not reused. The index carries the records by their components
 * ({@link dev.govern.scan.RecordCodec}) and is void for any other shape of them, so it needs neither.
 * A new input the measurement depends on must reach the index's key: a repository file (in
 * {@code RepositoryState}), a ref the scan reads ({@code HistoryScanner.refs}), or a setting (the
 * index's context in {@code Scanner}).
 */
package dev.govern.scan;

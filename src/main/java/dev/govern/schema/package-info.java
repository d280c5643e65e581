/**
 * JSON Schemas (draft 2020-12) of the data files, made from the shapes the binders declare
 * ({@link dev.govern.load.DataShapes}), so editors complete and check exactly what {@code govern
 * check} accepts. Each schema is self-contained: no references to other files or to the network.
 */
package dev.govern.schema;

/** What a solve reports ({@link org.spikegraph.bench.report.Report}) and how it is printed: a table or JSON. */
package org.spikegraph.bench.report;

/**
 * The spiking engine on Apache Spark ({@link org.spikegraph.spark.SparkEngine}), in its own module so
 * that the core jar carries no Spark: see docs/spark.md.
 */
package org.spikegraph.spark;

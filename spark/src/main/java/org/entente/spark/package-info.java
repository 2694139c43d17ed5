/**
 * The archive job: codes every article of an archive with Apache Spark and writes the tables
 * {@code articles}, {@code events}, {@code tags} and {@code errors}. {@link org.entente.spark.Main}
 * is the entry point for {@code java -jar} and spark-submit; the rest is internal to the job.
 *
 * <p>The module has no module descriptor: Spark and Scala ship as plain jars on the class path,
 * and so does the job.
 *
 * @since 0.1
 */
package org.entente.spark;

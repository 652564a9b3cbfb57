// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/** The resource types of {@code AWS::AccessAnalyzer}: {@link Analyzer}, {@link ArchiveRule}. */
package io.tropo4j.resources.accessanalyzer;

// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Kendra}: {@link DataSource}, {@link Faq}, {@link
 * FeaturedResultsSet}, {@link Index}, {@link QuerySuggestionsBlockList}, {@link Thesaurus}.
 */
package io.tropo4j.resources.kendra;

// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/** The resource types of {@code AWS::DataExchange}: {@link DataSet}, {@link EventAction}. */
package io.tropo4j.resources.dataexchange;

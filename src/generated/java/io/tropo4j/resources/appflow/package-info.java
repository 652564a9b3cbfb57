// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::AppFlow}: {@link Connector}, {@link ConnectorProfile}, {@link
 * Flow}.
 */
package io.tropo4j.resources.appflow;

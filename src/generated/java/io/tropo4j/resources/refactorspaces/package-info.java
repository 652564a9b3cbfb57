// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::RefactorSpaces}: {@link Application}, {@link Environment},
 * {@link Route}, {@link Service}.
 */
package io.tropo4j.resources.refactorspaces;

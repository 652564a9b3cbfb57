// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::M2}: {@link Application}, {@link Deployment}, {@link
 * Environment}.
 */
package io.tropo4j.resources.m2;

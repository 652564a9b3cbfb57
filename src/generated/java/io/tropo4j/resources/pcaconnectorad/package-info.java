// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::PCAConnectorAD}: {@link Connector}, {@link
 * DirectoryRegistration}, {@link ServicePrincipalName}, {@link Template}, {@link
 * TemplateGroupAccessControlEntry}.
 */
package io.tropo4j.resources.pcaconnectorad;

// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pcaconnectorad;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates a service principal name (SPN) for the service account in Active Directory. Kerberos
 * authentication uses SPNs to associate a service instance with a service sign-in account.
 *
 * <p>CloudFormation type {@code AWS::PCAConnectorAD::ServicePrincipalName}.
 */
public final class ServicePrincipalName extends Resource<ServicePrincipalName> {
  private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorAD::ServicePrincipalName")
      .required("ConnectorArn", "DirectoryRegistrationArn")
      .constrain("ConnectorArn", Constraint.of().pattern("^arn:[\\w-]+:pca-connector-ad:[\\w-]+:[0-9]+:connector(\\/[\\w-]+)$").minLength(5).maxLength(200))
      .constrain("DirectoryRegistrationArn", Constraint.of().pattern("^arn:[\\w-]+:pca-connector-ad:[\\w-]+:[0-9]+:directory-registration(\\/[\\w-]+)$").minLength(5).maxLength(200))
      .build();

  public ServicePrincipalName(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) that was returned when you called <a
   * href="https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_CreateConnector.html">CreateConnector.html</a>
   * .
   *
   * <p>Required. Changing it replaces the resource. Length: 5 to 200 characters. Pattern: {@code
   * ^arn:[&#92;w-]+:pca-connector-ad:[&#92;w-]+:[0-9]+:connector(&#92;/[&#92;w-]+)$}.
   * CloudFormation property {@code ConnectorArn}.
   */
  public ServicePrincipalName connectorArn(String value) {
    return set("ConnectorArn", Value.of(value));
  }

  /** Sets {@code ConnectorArn} to this value; see {@link #connectorArn(String)}. */
  public ServicePrincipalName connectorArn(Value<String> value) {
    return set("ConnectorArn", value);
  }

  /**
   * The Amazon Resource Name (ARN) that was returned when you called <a
   * href="https://docs.aws.amazon.com/pca-connector-ad/latest/APIReference/API_CreateDirectoryRegistration.html">CreateDirectoryRegistration</a>
   * .
   *
   * <p>Required. Changing it replaces the resource. Length: 5 to 200 characters. Pattern: {@code
   * ^arn:[&#92;w-]+:pca-connector-ad:[&#92;w-]+:[0-9]+:directory-registration(&#92;/[&#92;w-]+)$}.
   * CloudFormation property {@code DirectoryRegistrationArn}.
   */
  public ServicePrincipalName directoryRegistrationArn(String value) {
    return set("DirectoryRegistrationArn", Value.of(value));
  }

  /**
   * Sets {@code DirectoryRegistrationArn} to this value; see {@link
   * #directoryRegistrationArn(String)}.
   */
  public ServicePrincipalName directoryRegistrationArn(Value<String> value) {
    return set("DirectoryRegistrationArn", value);
  }
}

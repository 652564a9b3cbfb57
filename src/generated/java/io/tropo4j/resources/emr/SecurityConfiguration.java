// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.emr;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Use a <code>SecurityConfiguration</code> resource to configure data encryption, Kerberos
 * authentication (available in Amazon EMR release version 5.10.0 and later), and Amazon S3
 * authorization for EMRFS (available in EMR 5.10.0 and later). You can re-use a security
 * configuration for any number of clusters in your account. For more information and example
 * security configuration JSON objects, see <a
 * href="https://docs.aws.amazon.com//emr/latest/ManagementGuide/emr-create-security-configuration.html">Create
 * a Security Configuration</a> in the <em>Amazon EMR Management Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EMR::SecurityConfiguration}.
 */
public final class SecurityConfiguration extends Resource<SecurityConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::EMR::SecurityConfiguration")
      .required("SecurityConfiguration")
      .constrain("Name", Constraint.of().minLength(0).maxLength(10280))
      .refYields("Name")
      .build();

  public SecurityConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the security configuration.
   *
   * <p>Changing it replaces the resource. Length: 0 to 10280 characters. CloudFormation property
   * {@code Name}.
   */
  public SecurityConfiguration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public SecurityConfiguration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The security configuration details in JSON format. For JSON parameters and examples, see <a
   * href="https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-security-configurations.html">Use
   * Security Configurations to Set Up Cluster Security</a> in the <em>Amazon EMR Management
   * Guide</em> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * SecurityConfiguration}.
   */
  public SecurityConfiguration securityConfiguration(String value) {
    return set("SecurityConfiguration", Value.of(value));
  }

  /**
   * Sets {@code SecurityConfiguration} to this value; see {@link #securityConfiguration(String)}.
   */
  public SecurityConfiguration securityConfiguration(Value<String> value) {
    return set("SecurityConfiguration", value);
  }

  /**
   * Sets {@code SecurityConfiguration} to this value; see {@link #securityConfiguration(String)}.
   */
  public SecurityConfiguration securityConfiguration(Json value) {
    return set("SecurityConfiguration", value);
  }
}

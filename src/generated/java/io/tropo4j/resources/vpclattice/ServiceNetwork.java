// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.vpclattice;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a service network. A service network is a logical boundary for a collection of services.
 * You can associate services and VPCs with a service network.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/vpc-lattice/latest/ug/service-networks.html">Service
 * networks</a> in the <em>Amazon VPC Lattice User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::VpcLattice::ServiceNetwork}.
 */
public final class ServiceNetwork extends Resource<ServiceNetwork> {
  private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::ServiceNetwork")
      .allowed("AuthType", "NONE", "AWS_IAM")
      .constrain("Name", Constraint.of().pattern("^(?!servicenetwork-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$").minLength(3).maxLength(63))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "Id", "LastUpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ServiceNetwork(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The type of IAM policy.
   *
   * <ul> <li><code>NONE</code> : The resource does not use an IAM policy. This is the default.
   * <li><code>AWS_IAM</code> : The resource uses an IAM policy. When this type is used, auth is
   * enabled and an auth policy is required. </ul>
   *
   * <p>Allowed values: {@code NONE}, {@code AWS_IAM}. Default: {@code "NONE"}. CloudFormation
   * property {@code AuthType}.
   */
  public ServiceNetwork authType(String value) {
    return set("AuthType", Value.of(value));
  }

  /** Sets {@code AuthType} to this value; see {@link #authType(String)}. */
  public ServiceNetwork authType(Value<String> value) {
    return set("AuthType", value);
  }

  /**
   * The name of the service network. The name must be unique to the account. The valid characters
   * are a-z, 0-9, and hyphens (-). You can't use a hyphen as the first or last character, or
   * immediately after another hyphen.
   *
   * <p>If you don't specify a name, CloudFormation generates one. However, if you specify a name,
   * and later want to replace the resource, you must specify a new name.
   *
   * <p>Changing it replaces the resource. Length: 3 to 63 characters. Pattern: {@code
   * ^(?!servicenetwork-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$}. CloudFormation property {@code
   * Name}.
   */
  public ServiceNetwork name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ServiceNetwork name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specify if the service network should be enabled for sharing.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SharingConfig}.
   */
  public ServiceNetwork sharingConfig(Value<SharingConfig> value) {
    return set("SharingConfig", value);
  }

  /**
   * The tags for the service network.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ServiceNetwork tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ServiceNetwork tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ServiceNetwork tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the service network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time that the service network was created, specified in ISO-8601 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The ID of the service network.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The date and time of the last update, specified in ISO-8601 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * Specify if the service network should be enabled for sharing.
   *
   * <p>Property type {@code AWS::VpcLattice::ServiceNetwork.SharingConfig}.
   */
  public static final class SharingConfig extends Struct<SharingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::ServiceNetwork.SharingConfig")
        .required("enabled")
        .build();

    public SharingConfig() {
      super(SCHEMA);
    }

    /**
     * Specify if the service network should be enabled for sharing.
     *
     * <p>Required. CloudFormation property {@code enabled}.
     */
    public SharingConfig enabled(boolean value) {
      return set("enabled", Value.of(value));
    }

    /** Sets {@code enabled} to this value; see {@link #enabled(boolean)}. */
    public SharingConfig enabled(Value<Boolean> value) {
      return set("enabled", value);
    }
  }
}

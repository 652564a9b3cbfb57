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
 * A domain name verification is an entity that allows you to prove your ownership of a given
 * domain. When you create a domain verification using CloudFormation, use a waiter to make sure the
 * domain verification is complete before you create a service network resource association, a VPC
 * endpoint, or a service network VPC association with this domain.
 *
 * <p>CloudFormation type {@code AWS::VpcLattice::DomainVerification}.
 */
public final class DomainVerification extends Resource<DomainVerification> {
  private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::DomainVerification")
      .required("DomainName")
      .constrain("DomainName", Constraint.of().minLength(3).maxLength(255))
      .refYields("Arn")
      .attributes("Arn", "Id", "Status", "TxtMethodConfig")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DomainVerification(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The domain name being verified.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 255 characters. CloudFormation
   * property {@code DomainName}.
   */
  public DomainVerification domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public DomainVerification domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * The tags associated with the domain verification.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DomainVerification tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DomainVerification tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DomainVerification tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the domain verification.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the domain verification.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The current status of the domain verification process.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** {@code Fn::GetAtt} attribute {@code TxtMethodConfig}. */
  public Value<TxtMethodConfig> txtMethodConfig() {
    return getAtt("TxtMethodConfig");
  }

  /**
   * Configuration for TXT record-based domain verification method.
   *
   * <p>Property type {@code AWS::VpcLattice::DomainVerification.TxtMethodConfig}.
   */
  public static final class TxtMethodConfig extends Struct<TxtMethodConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::VpcLattice::DomainVerification.TxtMethodConfig");

    public TxtMethodConfig() {
      super(SCHEMA);
    }

    /**
     * The name of the TXT record that must be created for domain verification.
     *
     * <p>CloudFormation property {@code name}.
     */
    public TxtMethodConfig name(String value) {
      return set("name", Value.of(value));
    }

    /** Sets {@code name} to this value; see {@link #name(String)}. */
    public TxtMethodConfig name(Value<String> value) {
      return set("name", value);
    }

    /**
     * The value that must be added to the TXT record for domain verification.
     *
     * <p>CloudFormation property {@code value}.
     */
    public TxtMethodConfig value(String value) {
      return set("value", Value.of(value));
    }

    /** Sets {@code value} to this value; see {@link #value(String)}. */
    public TxtMethodConfig value(Value<String> value) {
      return set("value", value);
    }
  }
}

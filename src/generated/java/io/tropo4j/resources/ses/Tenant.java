// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ses;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Create a tenant.
 *
 * <p><em>Tenants</em> are logical containers that group related SES resources together. Each tenant
 * can have its own set of resources like email identities, configuration sets, and templates, along
 * with reputation metrics and sending status. This helps isolate and manage email sending for
 * different customers or business units within your Amazon SES API v2 account.
 *
 * <p>CloudFormation type {@code AWS::SES::Tenant}.
 */
public final class Tenant extends Resource<Tenant> {
  private static final Schema SCHEMA = Schema.builder("AWS::SES::Tenant")
      .required("TenantName")
      .constrain("TenantName", Constraint.of().pattern("^[\\w\\-_]+$").minLength(1).maxLength(64))
      .refYields("TenantName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Tenant(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The list of resources to associate with the tenant.
   *
   * <p>CloudFormation property {@code ResourceAssociations}.
   */
  public Tenant resourceAssociations(List<ResourceAssociation> value) {
    return set("ResourceAssociations", Value.listOf(value));
  }

  /** Sets {@code ResourceAssociations} to this value; see {@link #resourceAssociations(List)}. */
  public Tenant resourceAssociations(Value<List<ResourceAssociation>> value) {
    return set("ResourceAssociations", value);
  }

  /**
   * Sets {@code ResourceAssociations} to a list of these; see {@link #resourceAssociations(List)}.
   */
  public Tenant resourceAssociations(ResourceAssociation... values) {
    return set("ResourceAssociations", Value.list(values));
  }

  /**
   * An array of objects that define the tags (keys and values) associated with the tenant.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Tenant tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Tenant tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Tenant tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of a tenant. The name can contain up to 64 alphanumeric characters, including letters,
   * numbers, hyphens (-) and underscores (_) only.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[&#92;w&#92;-_]+$}. CloudFormation property {@code TenantName}.
   */
  public Tenant tenantName(String value) {
    return set("TenantName", Value.of(value));
  }

  /** Sets {@code TenantName} to this value; see {@link #tenantName(String)}. */
  public Tenant tenantName(Value<String> value) {
    return set("TenantName", value);
  }

  /**
   * Returns the ARN of the tenant.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The resource to associate with the tenant.
   *
   * <p>Property type {@code AWS::SES::Tenant.ResourceAssociation}.
   */
  public static final class ResourceAssociation extends Struct<ResourceAssociation> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::Tenant.ResourceAssociation")
        .required("ResourceArn")
        .constrain("ResourceArn", Constraint.of().minLength(1))
        .build();

    public ResourceAssociation() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the resource associated with the tenant.
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code ResourceArn}.
     */
    public ResourceAssociation resourceArn(String value) {
      return set("ResourceArn", Value.of(value));
    }

    /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
    public ResourceAssociation resourceArn(Value<String> value) {
      return set("ResourceArn", value);
    }
  }
}

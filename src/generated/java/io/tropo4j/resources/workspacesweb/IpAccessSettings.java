// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.workspacesweb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * This resource specifies IP access settings that can be associated with a web portal. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/workspaces-web/latest/adminguide/ip-access-controls.html">Set
 * up IP access controls (optional)</a> .
 *
 * <p>CloudFormation type {@code AWS::WorkSpacesWeb::IpAccessSettings}.
 */
public final class IpAccessSettings extends Resource<IpAccessSettings> {
  private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::IpAccessSettings")
      .required("IpRules")
      .constrain("CustomerManagedKey", Constraint.of().pattern("^arn:[\\w+=\\/,.@-]+:kms:[a-zA-Z0-9\\-]*:[a-zA-Z0-9]{1,12}:key\\/[a-zA-Z0-9-]+$").minLength(20).maxLength(2048))
      .constrain("Description", Constraint.of().pattern("^.+$").minLength(1).maxLength(256))
      .constrain("DisplayName", Constraint.of().pattern("^.+$").minLength(1).maxLength(64))
      .refYields("IpAccessSettingsArn")
      .attributes("AssociatedPortalArns", "CreationDate", "IpAccessSettingsArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IpAccessSettings(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Additional encryption context of the IP access settings.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * AdditionalEncryptionContext}.
   */
  public IpAccessSettings additionalEncryptionContext(Map<String, String> value) {
    return set("AdditionalEncryptionContext", Value.mapOf(value));
  }

  /**
   * Sets {@code AdditionalEncryptionContext} to this value; see {@link
   * #additionalEncryptionContext(Map)}.
   */
  public IpAccessSettings additionalEncryptionContext(Value<Map<String, String>> value) {
    return set("AdditionalEncryptionContext", value);
  }

  /**
   * The custom managed key of the IP access settings.
   *
   * <p><em>Pattern</em> :
   * <code>^arn:[&#92;w+=&#92;/,.&#64;-]+:kms:[a-zA-Z0-9&#92;-]*:[a-zA-Z0-9]{1,12}:key&#92;/[a-zA-Z0-9-]+$</code>
   *
   * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:[&#92;w+=&#92;/,.&#64;-]+:kms:[a-zA-Z0-9&#92;-]*:[a-zA-Z0-9]{1,12}:key&#92;/[a-zA-Z0-9-]+$}.
   * CloudFormation property {@code CustomerManagedKey}.
   */
  public IpAccessSettings customerManagedKey(String value) {
    return set("CustomerManagedKey", Value.of(value));
  }

  /** Sets {@code CustomerManagedKey} to this value; see {@link #customerManagedKey(String)}. */
  public IpAccessSettings customerManagedKey(Value<String> value) {
    return set("CustomerManagedKey", value);
  }

  /**
   * The description of the IP access settings.
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code ^.+$}. CloudFormation property {@code
   * Description}.
   */
  public IpAccessSettings description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public IpAccessSettings description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The display name of the IP access settings.
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code ^.+$}. CloudFormation property {@code
   * DisplayName}.
   */
  public IpAccessSettings displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public IpAccessSettings displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The IP rules of the IP access settings.
   *
   * <p>Required. CloudFormation property {@code IpRules}.
   */
  public IpAccessSettings ipRules(List<IpRule> value) {
    return set("IpRules", Value.listOf(value));
  }

  /** Sets {@code IpRules} to this value; see {@link #ipRules(List)}. */
  public IpAccessSettings ipRules(Value<List<IpRule>> value) {
    return set("IpRules", value);
  }

  /** Sets {@code IpRules} to a list of these; see {@link #ipRules(List)}. */
  public IpAccessSettings ipRules(IpRule... values) {
    return set("IpRules", Value.list(values));
  }

  /**
   * The tags to add to the IP access settings resource. A tag is a key-value pair.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public IpAccessSettings tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IpAccessSettings tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IpAccessSettings tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A list of web portal ARNs that this IP access settings resource is associated with.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociatedPortalArns}.
   */
  public Value<List<String>> associatedPortalArns() {
    return getAtt("AssociatedPortalArns");
  }

  /**
   * The creation date timestamp of the IP access settings.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationDate}.
   */
  public Value<String> creationDate() {
    return getAtt("CreationDate");
  }

  /**
   * The ARN of the IP access settings resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpAccessSettingsArn}.
   */
  public Value<String> ipAccessSettingsArn() {
    return getAtt("IpAccessSettingsArn");
  }

  /**
   * The IP rules of the IP access settings.
   *
   * <p>Property type {@code AWS::WorkSpacesWeb::IpAccessSettings.IpRule}.
   */
  public static final class IpRule extends Struct<IpRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::IpAccessSettings.IpRule")
        .required("IpRange")
        .constrain("Description", Constraint.of().pattern("^.+$").minLength(1).maxLength(256))
        .build();

    public IpRule() {
      super(SCHEMA);
    }

    /**
     * The description of the IP rule.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^.+$}. CloudFormation property {@code
     * Description}.
     */
    public IpRule description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public IpRule description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The IP range of the IP rule. This can either be a single IP address or a range using CIDR
     * notation.
     *
     * <p>Required. CloudFormation property {@code IpRange}.
     */
    public IpRule ipRange(String value) {
      return set("IpRange", Value.of(value));
    }

    /** Sets {@code IpRange} to this value; see {@link #ipRange(String)}. */
    public IpRule ipRange(Value<String> value) {
      return set("IpRange", value);
    }
  }
}

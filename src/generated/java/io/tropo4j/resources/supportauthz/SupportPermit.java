// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.supportauthz;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::SupportAuthZ::SupportPermit. Represents a support permit that
 * grants AWS support time-bounded access to one or more resources for a set of actions.
 *
 * <p>CloudFormation type {@code AWS::SupportAuthZ::SupportPermit}.
 */
public final class SupportPermit extends Resource<SupportPermit> {
  private static final Schema SCHEMA = Schema.builder("AWS::SupportAuthZ::SupportPermit")
      .required("Name", "Permit", "SigningKeyInfo")
      .constrain("Description", Constraint.of().minLength(1).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9]{1,256}$").minLength(1).maxLength(256))
      .constrain("SupportCaseDisplayId", Constraint.of().pattern("^[a-zA-Z0-9:/-]{1,512}$").minLength(1).maxLength(512))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "PermitId", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SupportPermit(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An optional description of the support permit.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation property
   * {@code Description}.
   */
  public SupportPermit description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public SupportPermit description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the support permit.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9]{1,256}$}. CloudFormation property {@code Name}.
   */
  public SupportPermit name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public SupportPermit name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The grant definition: which actions on which resources, optionally constrained by time
   * conditions.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Permit}.
   */
  public SupportPermit permit(Value<Permit> value) {
    return set("Permit", value);
  }

  /**
   * The signing key used by the permit. Exactly one key type must be provided.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code SigningKeyInfo}.
   */
  public SupportPermit signingKeyInfo(Value<SigningKeyInfo> value) {
    return set("SigningKeyInfo", value);
  }

  /**
   * The support case display identifier associated with the permit. When provided, the permit is
   * linked to the specified AWS Support case.
   *
   * <p>Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
   * ^[a-zA-Z0-9:/-]{1,512}$}. CloudFormation property {@code SupportCaseDisplayId}.
   */
  public SupportPermit supportCaseDisplayId(String value) {
    return set("SupportCaseDisplayId", Value.of(value));
  }

  /** Sets {@code SupportCaseDisplayId} to this value; see {@link #supportCaseDisplayId(String)}. */
  public SupportPermit supportCaseDisplayId(Value<String> value) {
    return set("SupportCaseDisplayId", value);
  }

  /**
   * A list of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SupportPermit tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SupportPermit tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SupportPermit tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the support permit.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time at which the support permit was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The service-generated identifier of the support permit (the resource segment of the ARN).
   *
   * <p>{@code Fn::GetAtt} attribute {@code PermitId}.
   */
  public Value<String> permitId() {
    return getAtt("PermitId");
  }

  /**
   * The current status of the support permit.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The set of actions a support permit grants. Exactly one of AllActions or Actions must be
   * provided.
   *
   * <p>Property type {@code AWS::SupportAuthZ::SupportPermit.ActionSet}.
   */
  public static final class ActionSet extends Struct<ActionSet> {
    private static final Schema SCHEMA = Schema.builder("AWS::SupportAuthZ::SupportPermit.ActionSet")
        .constrain("Actions", Constraint.of().pattern("^[a-z][a-z0-9-]*:[A-Za-z0-9_.-]+$").minLength(3).maxLength(255))
        .build();

    public ActionSet() {
      super(SCHEMA);
    }

    /**
     * An explicit list of actions to grant.
     *
     * <p>Length: 3 to 255 characters. Pattern: {@code ^[a-z][a-z0-9-]*:[A-Za-z0-9_.-]+$}.
     * CloudFormation property {@code Actions}.
     */
    public ActionSet actions(List<String> value) {
      return set("Actions", Value.listOf(value));
    }

    /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
    public ActionSet actions(Value<List<String>> value) {
      return set("Actions", value);
    }

    /**
     * Grants all actions.
     *
     * <p>CloudFormation property {@code AllActions}.
     */
    public ActionSet allActions(Value<Json> value) {
      return set("AllActions", value);
    }
  }

  /**
   * A time-bound condition controlling when the permit is active. Exactly one of AllowAfter or
   * AllowBefore must be provided.
   *
   * <p>Property type {@code AWS::SupportAuthZ::SupportPermit.Condition}.
   */
  public static final class Condition extends Struct<Condition> {
    private static final Schema SCHEMA = Schema.builder("AWS::SupportAuthZ::SupportPermit.Condition")
        .constrain("AllowAfter", Constraint.of().format("date-time"))
        .constrain("AllowBefore", Constraint.of().format("date-time"))
        .build();

    public Condition() {
      super(SCHEMA);
    }

    /**
     * The permit is active only after this time.
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code AllowAfter}.
     */
    public Condition allowAfter(String value) {
      return set("AllowAfter", Value.of(value));
    }

    /** Sets {@code AllowAfter} to this value; see {@link #allowAfter(String)}. */
    public Condition allowAfter(Value<String> value) {
      return set("AllowAfter", value);
    }

    /**
     * The permit is active only before this time.
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code AllowBefore}.
     */
    public Condition allowBefore(String value) {
      return set("AllowBefore", Value.of(value));
    }

    /** Sets {@code AllowBefore} to this value; see {@link #allowBefore(String)}. */
    public Condition allowBefore(Value<String> value) {
      return set("AllowBefore", value);
    }
  }

  /**
   * The grant definition: which actions on which resources, optionally constrained by time
   * conditions.
   *
   * <p>Property type {@code AWS::SupportAuthZ::SupportPermit.Permit}.
   */
  public static final class Permit extends Struct<Permit> {
    private static final Schema SCHEMA = Schema.builder("AWS::SupportAuthZ::SupportPermit.Permit")
        .required("Actions", "Resources")
        .build();

    public Permit() {
      super(SCHEMA);
    }

    /**
     * The set of actions a support permit grants. Exactly one of AllActions or Actions must be
     * provided.
     *
     * <p>Required. CloudFormation property {@code Actions}.
     */
    public Permit actions(Value<ActionSet> value) {
      return set("Actions", value);
    }

    /**
     * Optional time-bound conditions (at most two).
     *
     * <p>CloudFormation property {@code Conditions}.
     */
    public Permit conditions(List<Condition> value) {
      return set("Conditions", Value.listOf(value));
    }

    /** Sets {@code Conditions} to this value; see {@link #conditions(List)}. */
    public Permit conditions(Value<List<Condition>> value) {
      return set("Conditions", value);
    }

    /** Sets {@code Conditions} to a list of these; see {@link #conditions(List)}. */
    public Permit conditions(Condition... values) {
      return set("Conditions", Value.list(values));
    }

    /**
     * The set of resources a support permit applies to. Exactly one of AllResourcesInRegion or
     * Resources must be provided.
     *
     * <p>Required. CloudFormation property {@code Resources}.
     */
    public Permit resources(Value<ResourceSet> value) {
      return set("Resources", value);
    }
  }

  /**
   * The set of resources a support permit applies to. Exactly one of AllResourcesInRegion or
   * Resources must be provided.
   *
   * <p>Property type {@code AWS::SupportAuthZ::SupportPermit.ResourceSet}.
   */
  public static final class ResourceSet extends Struct<ResourceSet> {
    private static final Schema SCHEMA = Schema.builder("AWS::SupportAuthZ::SupportPermit.ResourceSet")
        .constrain("Resources", Constraint.of().pattern("^[a-zA-Z0-9:/_.-]+$").minLength(1).maxLength(512))
        .build();

    public ResourceSet() {
      super(SCHEMA);
    }

    /**
     * Applies to all resources in the region.
     *
     * <p>CloudFormation property {@code AllResourcesInRegion}.
     */
    public ResourceSet allResourcesInRegion(Value<Json> value) {
      return set("AllResourcesInRegion", value);
    }

    /**
     * An explicit list of resource ARNs.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code ^[a-zA-Z0-9:/_.-]+$}. CloudFormation property
     * {@code Resources}.
     */
    public ResourceSet resources(List<String> value) {
      return set("Resources", Value.listOf(value));
    }

    /** Sets {@code Resources} to this value; see {@link #resources(List)}. */
    public ResourceSet resources(Value<List<String>> value) {
      return set("Resources", value);
    }
  }

  /**
   * The signing key used by the permit. Exactly one key type must be provided.
   *
   * <p>Property type {@code AWS::SupportAuthZ::SupportPermit.SigningKeyInfo}.
   */
  public static final class SigningKeyInfo extends Struct<SigningKeyInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::SupportAuthZ::SupportPermit.SigningKeyInfo")
        .required("KmsKey")
        .constrain("KmsKey", Constraint.of().pattern("^[a-zA-Z0-9/:_-]{1,512}$").minLength(1).maxLength(512))
        .build();

    public SigningKeyInfo() {
      super(SCHEMA);
    }

    /**
     * The ARN of the KMS key used to sign permit grants.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code ^[a-zA-Z0-9/:_-]{1,512}$}.
     * CloudFormation property {@code KmsKey}.
     */
    public SigningKeyInfo kmsKey(String value) {
      return set("KmsKey", Value.of(value));
    }

    /** Sets {@code KmsKey} to this value; see {@link #kmsKey(String)}. */
    public SigningKeyInfo kmsKey(Value<String> value) {
      return set("KmsKey", value);
    }
  }
}

// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.verifiedpermissions;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a policy store. A policy store is a container for policy resources. You can create a
 * separate policy store for each of your applications.
 *
 * <p>CloudFormation type {@code AWS::VerifiedPermissions::PolicyStore}.
 */
public final class PolicyStore extends Resource<PolicyStore> {
  private static final Schema SCHEMA = Schema.builder("AWS::VerifiedPermissions::PolicyStore")
      .required("ValidationSettings")
      .constrain("Description", Constraint.of().minLength(0).maxLength(150))
      .refYields("PolicyStoreId")
      .attributes("Arn", "EncryptionState", "PolicyStoreId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PolicyStore(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies whether the policy store can be deleted. If enabled, the policy store can't be
   * deleted.
   *
   * <p>The default state is <code>DISABLED</code> .
   *
   * <p>CloudFormation property {@code DeletionProtection}.
   */
  public PolicyStore deletionProtection(Value<DeletionProtection> value) {
    return set("DeletionProtection", value);
  }

  /**
   * Descriptive text that you can provide to help with identification of the current policy store.
   *
   * <p>Length: 0 to 150 characters. CloudFormation property {@code Description}.
   */
  public PolicyStore description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public PolicyStore description(Value<String> value) {
    return set("Description", value);
  }

  /** CloudFormation property {@code EncryptionSettings}. */
  public PolicyStore encryptionSettings(Value<EncryptionSettings> value) {
    return set("EncryptionSettings", value);
  }

  /**
   * Creates or updates the policy schema in a policy store. Cedar can use the schema to validate
   * any Cedar policies and policy templates submitted to the policy store. Any changes to the
   * schema validate only policies and templates submitted after the schema change. Existing
   * policies and templates are not re-evaluated against the changed schema. If you later update a
   * policy, then it is evaluated against the new schema at that time.
   *
   * <p>CloudFormation property {@code Schema}.
   */
  public PolicyStore schemaProperty(Value<SchemaDefinition> value) {
    return set("Schema", value);
  }

  /**
   * The list of key-value pairs to associate with the policy store.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PolicyStore tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PolicyStore tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PolicyStore tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies the validation setting for this policy store.
   *
   * <p>Currently, the only valid and required value is <code>Mode</code> .
   *
   * <p>We recommend that you turn on <code>STRICT</code> mode only after you define a schema. If a
   * schema doesn't exist, then <code>STRICT</code> mode causes any policy to fail validation, and
   * Verified Permissions rejects the policy. You can turn off validation by using the <a
   * href="https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_UpdatePolicyStore">UpdatePolicyStore</a>
   * . Then, when you have a schema defined, use <a
   * href="https://docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_UpdatePolicyStore">UpdatePolicyStore</a>
   * again to turn validation back on.
   *
   * <p>Required. CloudFormation property {@code ValidationSettings}.
   */
  public PolicyStore validationSettings(Value<ValidationSettings> value) {
    return set("ValidationSettings", value);
  }

  /**
   * The <a
   * href="https://docs.aws.amazon.com//general/latest/gr/aws-arns-and-namespaces.html">Amazon
   * Resource Name (ARN)</a> of the new or updated policy store.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code EncryptionState}. */
  public Value<EncryptionState> encryptionState() {
    return getAtt("EncryptionState");
  }

  /**
   * The unique ID of the new or updated policy store.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PolicyStoreId}.
   */
  public Value<String> policyStoreId() {
    return getAtt("PolicyStoreId");
  }

  /**
   * Specifies whether the policy store can be deleted.
   *
   * <p>Property type {@code AWS::VerifiedPermissions::PolicyStore.DeletionProtection}.
   */
  public static final class DeletionProtection extends Struct<DeletionProtection> {
    private static final Schema SCHEMA = Schema.builder("AWS::VerifiedPermissions::PolicyStore.DeletionProtection")
        .required("Mode")
        .allowed("Mode", "ENABLED", "DISABLED")
        .build();

    public DeletionProtection() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the policy store can be deleted. If enabled, the policy store can't be
     * deleted.
     *
     * <p>The default state is <code>DISABLED</code> .
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. Default: {@code "DISABLED"}.
     * CloudFormation property {@code Mode}.
     */
    public DeletionProtection mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public DeletionProtection mode(Value<String> value) {
      return set("Mode", value);
    }
  }

  /** Property type {@code AWS::VerifiedPermissions::PolicyStore.EncryptionSettings}. */
  public static final class EncryptionSettings extends Struct<EncryptionSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::VerifiedPermissions::PolicyStore.EncryptionSettings");

    public EncryptionSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Default}. */
    public EncryptionSettings defaultProperty(Value<Json> value) {
      return set("Default", value);
    }

    /** CloudFormation property {@code KmsEncryptionSettings}. */
    public EncryptionSettings kmsEncryptionSettings(Value<KmsEncryptionSettings> value) {
      return set("KmsEncryptionSettings", value);
    }
  }

  /** Property type {@code AWS::VerifiedPermissions::PolicyStore.EncryptionState}. */
  public static final class EncryptionState extends Struct<EncryptionState> {
    private static final Schema SCHEMA = Schema.builder("AWS::VerifiedPermissions::PolicyStore.EncryptionState")
        .required("Default", "KmsEncryptionState")
        .build();

    public EncryptionState() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Default}. */
    public EncryptionState defaultProperty(Value<Json> value) {
      return set("Default", value);
    }

    /** Required. CloudFormation property {@code KmsEncryptionState}. */
    public EncryptionState kmsEncryptionState(Value<KmsEncryptionState> value) {
      return set("KmsEncryptionState", value);
    }
  }

  /** Property type {@code AWS::VerifiedPermissions::PolicyStore.KmsEncryptionSettings}. */
  public static final class KmsEncryptionSettings extends Struct<KmsEncryptionSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::VerifiedPermissions::PolicyStore.KmsEncryptionSettings")
        .required("Key")
        .build();

    public KmsEncryptionSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code EncryptionContext}. */
    public KmsEncryptionSettings encryptionContext(Map<String, String> value) {
      return set("EncryptionContext", Value.mapOf(value));
    }

    /** Sets {@code EncryptionContext} to this value; see {@link #encryptionContext(Map)}. */
    public KmsEncryptionSettings encryptionContext(Value<Map<String, String>> value) {
      return set("EncryptionContext", value);
    }

    /** Required. CloudFormation property {@code Key}. */
    public KmsEncryptionSettings key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public KmsEncryptionSettings key(Value<String> value) {
      return set("Key", value);
    }
  }

  /** Property type {@code AWS::VerifiedPermissions::PolicyStore.KmsEncryptionState}. */
  public static final class KmsEncryptionState extends Struct<KmsEncryptionState> {
    private static final Schema SCHEMA = Schema.builder("AWS::VerifiedPermissions::PolicyStore.KmsEncryptionState")
        .required("EncryptionContext", "Key")
        .build();

    public KmsEncryptionState() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code EncryptionContext}. */
    public KmsEncryptionState encryptionContext(Map<String, String> value) {
      return set("EncryptionContext", Value.mapOf(value));
    }

    /** Sets {@code EncryptionContext} to this value; see {@link #encryptionContext(Map)}. */
    public KmsEncryptionState encryptionContext(Value<Map<String, String>> value) {
      return set("EncryptionContext", value);
    }

    /** Required. CloudFormation property {@code Key}. */
    public KmsEncryptionState key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public KmsEncryptionState key(Value<String> value) {
      return set("Key", value);
    }
  }

  /**
   * Contains a list of principal types, resource types, and actions that can be specified in
   * policies stored in the same policy store. If the validation mode for the policy store is set to
   * <code>STRICT</code> , then policies that can't be validated by this schema are rejected by
   * Verified Permissions and can't be stored in the policy store.
   *
   * <p>Property type {@code AWS::VerifiedPermissions::PolicyStore.SchemaDefinition}.
   */
  public static final class SchemaDefinition extends Struct<SchemaDefinition> {
    private static final Schema SCHEMA = Schema.of("AWS::VerifiedPermissions::PolicyStore.SchemaDefinition");

    public SchemaDefinition() {
      super(SCHEMA);
    }

    /**
     * A JSON string representation of the schema supported by applications that use this policy
     * store. For more information, see <a
     * href="https://docs.aws.amazon.com/verifiedpermissions/latest/userguide/schema.html">Policy
     * store schema</a> in the AVP User Guide.
     *
     * <p>CloudFormation property {@code CedarJson}.
     */
    public SchemaDefinition cedarJson(String value) {
      return set("CedarJson", Value.of(value));
    }

    /** Sets {@code CedarJson} to this value; see {@link #cedarJson(String)}. */
    public SchemaDefinition cedarJson(Value<String> value) {
      return set("CedarJson", value);
    }
  }

  /**
   * A structure that contains Cedar policy validation settings for the policy store. The validation
   * mode determines which validation failures that Cedar considers serious enough to block
   * acceptance of a new or edited static policy or policy template.
   *
   * <p>Property type {@code AWS::VerifiedPermissions::PolicyStore.ValidationSettings}.
   */
  public static final class ValidationSettings extends Struct<ValidationSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::VerifiedPermissions::PolicyStore.ValidationSettings")
        .required("Mode")
        .allowed("Mode", "OFF", "STRICT")
        .build();

    public ValidationSettings() {
      super(SCHEMA);
    }

    /**
     * The validation mode currently configured for this policy store. The valid values are:
     *
     * <ul> <li><em>OFF</em> – Neither Verified Permissions nor Cedar perform any validation on
     * policies. No validation errors are reported by either service. <li><em>STRICT</em> – Requires
     * a schema to be present in the policy store. Cedar performs validation on all submitted new or
     * updated static policies and policy templates. Any that fail validation are rejected and Cedar
     * doesn't store them in the policy store. </ul>
     *
     * <p>If <code>Mode=STRICT</code> and the policy store doesn't contain a schema, Verified
     * Permissions rejects all static policies and policy templates because there is no schema to
     * validate against. To submit a static policy or policy template without a schema, you must
     * turn off validation.
     *
     * <p>Required. Allowed values: {@code OFF}, {@code STRICT}. CloudFormation property {@code
     * Mode}.
     */
    public ValidationSettings mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public ValidationSettings mode(Value<String> value) {
      return set("Mode", value);
    }
  }
}

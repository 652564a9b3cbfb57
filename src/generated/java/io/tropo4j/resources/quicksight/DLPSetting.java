// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.quicksight;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of the AWS::QuickSight::DLPSetting Resource Type.
 *
 * <p>CloudFormation type {@code AWS::QuickSight::DLPSetting}.
 */
public final class DLPSetting extends Resource<DLPSetting> {
  private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DLPSetting")
      .required("DlpSettingId", "Enabled", "Name", "ProviderConfig", "ProviderOutageAction",
          "ProviderType")
      .constrain("AwsAccountId", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
      .constrain("DlpSettingId", Constraint.of().pattern("^[a-zA-Z0-9\\-_]+$").minLength(1).maxLength(256))
      .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9](?:[\\w- &]*[A-Za-z0-9])?$").minLength(1).maxLength(255))
      .allowed("ProviderOutageAction", "ALLOW", "WARN", "BLOCK")
      .allowed("ProviderType", "MICROSOFT_PURVIEW")
      .attributes("Arn", "CreatedAt", "Status", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DLPSetting(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code ^[0-9]{12}$}.
   * CloudFormation property {@code AwsAccountId}.
   */
  public DLPSetting awsAccountId(String value) {
    return set("AwsAccountId", Value.of(value));
  }

  /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(String)}. */
  public DLPSetting awsAccountId(Value<String> value) {
    return set("AwsAccountId", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9&#92;-_]+$}. CloudFormation property {@code DlpSettingId}.
   */
  public DLPSetting dlpSettingId(String value) {
    return set("DlpSettingId", Value.of(value));
  }

  /** Sets {@code DlpSettingId} to this value; see {@link #dlpSettingId(String)}. */
  public DLPSetting dlpSettingId(Value<String> value) {
    return set("DlpSettingId", value);
  }

  /** Required. Default: {@code false}. CloudFormation property {@code Enabled}. */
  public DLPSetting enabled(boolean value) {
    return set("Enabled", Value.of(value));
  }

  /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
  public DLPSetting enabled(Value<Boolean> value) {
    return set("Enabled", value);
  }

  /**
   * Required. Length: 1 to 255 characters. Pattern: {@code ^[A-Za-z0-9](?:[&#92;w-
   * &amp;]*[A-Za-z0-9])?$}. CloudFormation property {@code Name}.
   */
  public DLPSetting name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DLPSetting name(Value<String> value) {
    return set("Name", value);
  }

  /** Required. CloudFormation property {@code ProviderConfig}. */
  public DLPSetting providerConfig(Value<ProviderConfig> value) {
    return set("ProviderConfig", value);
  }

  /**
   * Required. Allowed values: {@code ALLOW}, {@code WARN}, {@code BLOCK}. CloudFormation property
   * {@code ProviderOutageAction}.
   */
  public DLPSetting providerOutageAction(String value) {
    return set("ProviderOutageAction", Value.of(value));
  }

  /** Sets {@code ProviderOutageAction} to this value; see {@link #providerOutageAction(String)}. */
  public DLPSetting providerOutageAction(Value<String> value) {
    return set("ProviderOutageAction", value);
  }

  /**
   * Required. Allowed values: {@code MICROSOFT_PURVIEW}. CloudFormation property {@code
   * ProviderType}.
   */
  public DLPSetting providerType(String value) {
    return set("ProviderType", Value.of(value));
  }

  /** Sets {@code ProviderType} to this value; see {@link #providerType(String)}. */
  public DLPSetting providerType(Value<String> value) {
    return set("ProviderType", value);
  }

  /** CloudFormation property {@code Tags}. */
  public DLPSetting tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DLPSetting tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DLPSetting tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedAt}. */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** {@code Fn::GetAtt} attribute {@code UpdatedAt}. */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /** Property type {@code AWS::QuickSight::DLPSetting.LabelActionMapping}. */
  public static final class LabelActionMapping extends Struct<LabelActionMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DLPSetting.LabelActionMapping")
        .required("Action", "LabelId", "LabelName")
        .allowed("Action", "ALLOW", "WARN", "BLOCK")
        .build();

    public LabelActionMapping() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code ALLOW}, {@code WARN}, {@code BLOCK}. CloudFormation property
     * {@code Action}.
     */
    public LabelActionMapping action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public LabelActionMapping action(Value<String> value) {
      return set("Action", value);
    }

    /** Required. CloudFormation property {@code LabelId}. */
    public LabelActionMapping labelId(String value) {
      return set("LabelId", Value.of(value));
    }

    /** Sets {@code LabelId} to this value; see {@link #labelId(String)}. */
    public LabelActionMapping labelId(Value<String> value) {
      return set("LabelId", value);
    }

    /** Required. CloudFormation property {@code LabelName}. */
    public LabelActionMapping labelName(String value) {
      return set("LabelName", Value.of(value));
    }

    /** Sets {@code LabelName} to this value; see {@link #labelName(String)}. */
    public LabelActionMapping labelName(Value<String> value) {
      return set("LabelName", value);
    }
  }

  /** Property type {@code AWS::QuickSight::DLPSetting.MicrosoftPurviewCredentials}. */
  public static final class MicrosoftPurviewCredentials extends Struct<MicrosoftPurviewCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DLPSetting.MicrosoftPurviewCredentials")
        .required("SecretArn")
        .build();

    public MicrosoftPurviewCredentials() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code SecretArn}. */
    public MicrosoftPurviewCredentials secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public MicrosoftPurviewCredentials secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /** Property type {@code AWS::QuickSight::DLPSetting.MicrosoftPurviewProviderConfig}. */
  public static final class MicrosoftPurviewProviderConfig extends Struct<MicrosoftPurviewProviderConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DLPSetting.MicrosoftPurviewProviderConfig")
        .required("Credentials", "LabelActionMappings", "UnmappedAction")
        .allowed("UnmappedAction", "ALLOW", "WARN", "BLOCK")
        .build();

    public MicrosoftPurviewProviderConfig() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Credentials}. */
    public MicrosoftPurviewProviderConfig credentials(Value<MicrosoftPurviewCredentials> value) {
      return set("Credentials", value);
    }

    /** Required. CloudFormation property {@code LabelActionMappings}. */
    public MicrosoftPurviewProviderConfig labelActionMappings(List<LabelActionMapping> value) {
      return set("LabelActionMappings", Value.listOf(value));
    }

    /** Sets {@code LabelActionMappings} to this value; see {@link #labelActionMappings(List)}. */
    public MicrosoftPurviewProviderConfig labelActionMappings(Value<List<LabelActionMapping>> value) {
      return set("LabelActionMappings", value);
    }

    /**
     * Sets {@code LabelActionMappings} to a list of these; see {@link #labelActionMappings(List)}.
     */
    public MicrosoftPurviewProviderConfig labelActionMappings(LabelActionMapping... values) {
      return set("LabelActionMappings", Value.list(values));
    }

    /**
     * Required. Allowed values: {@code ALLOW}, {@code WARN}, {@code BLOCK}. CloudFormation property
     * {@code UnmappedAction}.
     */
    public MicrosoftPurviewProviderConfig unmappedAction(String value) {
      return set("UnmappedAction", Value.of(value));
    }

    /** Sets {@code UnmappedAction} to this value; see {@link #unmappedAction(String)}. */
    public MicrosoftPurviewProviderConfig unmappedAction(Value<String> value) {
      return set("UnmappedAction", value);
    }
  }

  /** Property type {@code AWS::QuickSight::DLPSetting.ProviderConfig}. */
  public static final class ProviderConfig extends Struct<ProviderConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DLPSetting.ProviderConfig")
        .required("MicrosoftPurview")
        .build();

    public ProviderConfig() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code MicrosoftPurview}. */
    public ProviderConfig microsoftPurview(Value<MicrosoftPurviewProviderConfig> value) {
      return set("MicrosoftPurview", value);
    }
  }
}

// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.devopsagent;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::DevOpsAgent::Asset. An asset attached to an existing AWS DevOps
 * Agent Space. Customer-creatable types include skill, agents_md, and attachment; call
 * ListAssetTypes for the current authoritative set.
 *
 * <p>CloudFormation type {@code AWS::DevOpsAgent::Asset}.
 */
public final class Asset extends Resource<Asset> {
  private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Asset")
      .required("AgentSpaceId", "AssetType")
      .constrain("AgentSpaceId", Constraint.of().minLength(1).maxLength(255))
      .constrain("AssetType", Constraint.of().pattern("^[a-z][a-z0-9_]*$").minLength(1).maxLength(64))
      .constrain("Zip", Constraint.of().maxLength(8388608))
      .attributes("Arn", "AssetId", "CreatedAt", "UpdatedAt", "Version")
      .build();

  public Asset(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier of the parent Agent Space. The asset is created as a child of this agent
   * space.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code AgentSpaceId}.
   */
  public Asset agentSpaceId(String value) {
    return set("AgentSpaceId", Value.of(value));
  }

  /** Sets {@code AgentSpaceId} to this value; see {@link #agentSpaceId(String)}. */
  public Asset agentSpaceId(Value<String> value) {
    return set("AgentSpaceId", value);
  }

  /**
   * The type of asset. The Asset API treats this as an open string; call ListAssetTypes for the
   * current authoritative set of supported types. As of launch, customer-creatable types include
   * skill, agents_md, and attachment.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-z][a-z0-9_]*$}. CloudFormation property {@code AssetType}.
   */
  public Asset assetType(String value) {
    return set("AssetType", Value.of(value));
  }

  /** Sets {@code AssetType} to this value; see {@link #assetType(String)}. */
  public Asset assetType(Value<String> value) {
    return set("AssetType", value);
  }

  /**
   * Inline file list. Mutually exclusive with Zip; enforced by the handler at Create/Update time.
   * Write-only: not repopulated by Read.
   *
   * <p>CloudFormation property {@code Files}.
   */
  public Asset files(List<AssetFile> value) {
    return set("Files", Value.listOf(value));
  }

  /** Sets {@code Files} to this value; see {@link #files(List)}. */
  public Asset files(Value<List<AssetFile>> value) {
    return set("Files", value);
  }

  /** Sets {@code Files} to a list of these; see {@link #files(List)}. */
  public Asset files(AssetFile... values) {
    return set("Files", Value.list(values));
  }

  /**
   * Asset metadata document. Required and optional keys depend on AssetType. Values may be strings,
   * numbers, booleans, or lists of any of those - validated server-side; see the public Asset API
   * docs for the per-type metadata schema.
   *
   * <p>CloudFormation property {@code Metadata}.
   */
  public Asset metadataProperty(Value<Json> value) {
    return set("Metadata", value);
  }

  /**
   * Base64-encoded zip bundle containing all files for the asset. Mutually exclusive with Files;
   * enforced by the handler at Create/Update time. Write-only: not repopulated by Read. Server
   * treats a zip as 'replace all files' (max 6 MiB).
   *
   * <p>Length: at most 8388608 characters. CloudFormation property {@code Zip}.
   */
  public Asset zip(String value) {
    return set("Zip", Value.of(value));
  }

  /** Sets {@code Zip} to this value; see {@link #zip(String)}. */
  public Asset zip(Value<String> value) {
    return set("Zip", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the asset. Nested under the parent Agent Space:
   * arn:&lt;partition&gt;:aidevops:&lt;region&gt;:&lt;account-id&gt;:agentspace/&lt;agentspace-id&gt;/asset/&lt;asset-id&gt;.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier of the asset (assigned by the service on Create).
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssetId}.
   */
  public Value<String> assetId() {
    return getAtt("AssetId");
  }

  /**
   * The timestamp when the asset was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The timestamp when the asset was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The current asset version. Server-managed; bumps on every successful Update (including no-op
   * updates). This is the drift signal for change detection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<Integer> version() {
    return getAtt("Version");
  }

  /**
   * A single file inside an Asset's bundle. Path is the diff key on update; Content is write-only
   * and not repopulated by Read.
   *
   * <p>Property type {@code AWS::DevOpsAgent::Asset.AssetFile}.
   */
  public static final class AssetFile extends Struct<AssetFile> {
    private static final Schema SCHEMA = Schema.builder("AWS::DevOpsAgent::Asset.AssetFile")
        .required("Path")
        .constrain("ContentBytes", Constraint.of().maxLength(8388608))
        .constrain("ContentText", Constraint.of().maxLength(1572864))
        .constrain("Path", Constraint.of().pattern("^[a-zA-Z0-9_./-]+$").minLength(1).maxLength(512))
        .build();

    public AssetFile() {
      super(SCHEMA);
    }

    /**
     * Base64-encoded binary contents of the file. Mutually exclusive with ContentText (max 6 MiB).
     *
     * <p>Length: at most 8388608 characters. CloudFormation property {@code ContentBytes}.
     */
    public AssetFile contentBytes(String value) {
      return set("ContentBytes", Value.of(value));
    }

    /** Sets {@code ContentBytes} to this value; see {@link #contentBytes(String)}. */
    public AssetFile contentBytes(Value<String> value) {
      return set("ContentBytes", value);
    }

    /**
     * UTF-8 text contents of the file. Mutually exclusive with ContentBytes (max 1.5 MiB).
     *
     * <p>Length: at most 1572864 characters. CloudFormation property {@code ContentText}.
     */
    public AssetFile contentText(String value) {
      return set("ContentText", Value.of(value));
    }

    /** Sets {@code ContentText} to this value; see {@link #contentText(String)}. */
    public AssetFile contentText(Value<String> value) {
      return set("ContentText", value);
    }

    /**
     * Per-file metadata document. Values may be strings, numbers, booleans, or lists of any of
     * those (validated server-side).
     *
     * <p>CloudFormation property {@code Metadata}.
     */
    public AssetFile metadata(Value<Json> value) {
      return set("Metadata", value);
    }

    /**
     * Path of this file within the asset bundle.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code ^[a-zA-Z0-9_./-]+$}. CloudFormation
     * property {@code Path}.
     */
    public AssetFile path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public AssetFile path(Value<String> value) {
      return set("Path", value);
    }
  }
}

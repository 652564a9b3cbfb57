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
 * Creates an empty shared folder.
 *
 * <p>CloudFormation type {@code AWS::QuickSight::Folder}.
 */
public final class Folder extends Resource<Folder> {
  private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Folder")
      .constrain("AwsAccountId", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
      .constrain("FolderId", Constraint.of().pattern("^[\\w\\-]+$").minLength(1).maxLength(2048))
      .allowed("FolderType", "SHARED", "RESTRICTED")
      .constrain("Name", Constraint.of().minLength(1).maxLength(200))
      .allowed("SharingModel", "ACCOUNT", "NAMESPACE")
      .attributes("Arn", "CreatedTime", "LastUpdatedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Folder(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID for the AWS account where you want to create the folder.
   *
   * <p>Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code
   * ^[0-9]{12}$}. CloudFormation property {@code AwsAccountId}.
   */
  public Folder awsAccountId(String value) {
    return set("AwsAccountId", Value.of(value));
  }

  /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(String)}. */
  public Folder awsAccountId(Value<String> value) {
    return set("AwsAccountId", value);
  }

  /**
   * The ID of the folder.
   *
   * <p>Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
   * ^[&#92;w&#92;-]+$}. CloudFormation property {@code FolderId}.
   */
  public Folder folderId(String value) {
    return set("FolderId", Value.of(value));
  }

  /** Sets {@code FolderId} to this value; see {@link #folderId(String)}. */
  public Folder folderId(Value<String> value) {
    return set("FolderId", value);
  }

  /**
   * The type of folder it is.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code SHARED}, {@code RESTRICTED}.
   * CloudFormation property {@code FolderType}.
   */
  public Folder folderType(String value) {
    return set("FolderType", Value.of(value));
  }

  /** Sets {@code FolderType} to this value; see {@link #folderType(String)}. */
  public Folder folderType(Value<String> value) {
    return set("FolderType", value);
  }

  /**
   * A display name for the folder.
   *
   * <p>Length: 1 to 200 characters. CloudFormation property {@code Name}.
   */
  public Folder name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Folder name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Resource Name (ARN) for the folder.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ParentFolderArn}.
   */
  public Folder parentFolderArn(String value) {
    return set("ParentFolderArn", Value.of(value));
  }

  /** Sets {@code ParentFolderArn} to this value; see {@link #parentFolderArn(String)}. */
  public Folder parentFolderArn(Value<String> value) {
    return set("ParentFolderArn", value);
  }

  /**
   * A structure that describes the principals and the resource-level permissions of a folder.
   *
   * <p>To specify no permissions, omit <code>Permissions</code> .
   *
   * <p>CloudFormation property {@code Permissions}.
   */
  public Folder permissions(List<ResourcePermission> value) {
    return set("Permissions", Value.listOf(value));
  }

  /** Sets {@code Permissions} to this value; see {@link #permissions(List)}. */
  public Folder permissions(Value<List<ResourcePermission>> value) {
    return set("Permissions", value);
  }

  /** Sets {@code Permissions} to a list of these; see {@link #permissions(List)}. */
  public Folder permissions(ResourcePermission... values) {
    return set("Permissions", Value.list(values));
  }

  /**
   * The sharing scope of the folder.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ACCOUNT}, {@code NAMESPACE}.
   * CloudFormation property {@code SharingModel}.
   */
  public Folder sharingModel(String value) {
    return set("SharingModel", Value.of(value));
  }

  /** Sets {@code SharingModel} to this value; see {@link #sharingModel(String)}. */
  public Folder sharingModel(Value<String> value) {
    return set("SharingModel", value);
  }

  /**
   * A list of tags for the folders that you want to apply overrides to.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Folder tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Folder tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Folder tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) for the folder.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time that the folder was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The time that the folder was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /**
   * &lt;p&gt;Permission for the resource.&lt;/p&gt;
   *
   * <p>Property type {@code AWS::QuickSight::Folder.ResourcePermission}.
   */
  public static final class ResourcePermission extends Struct<ResourcePermission> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::Folder.ResourcePermission")
        .required("Actions", "Principal")
        .constrain("Principal", Constraint.of().pattern("^arn:.*").minLength(1).maxLength(256))
        .build();

    public ResourcePermission() {
      super(SCHEMA);
    }

    /**
     * &lt;p&gt;The IAM action to grant or revoke permissions on.&lt;/p&gt;
     *
     * <p>Required. CloudFormation property {@code Actions}.
     */
    public ResourcePermission actions(List<String> value) {
      return set("Actions", Value.listOf(value));
    }

    /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
    public ResourcePermission actions(Value<List<String>> value) {
      return set("Actions", value);
    }

    /**
     * &lt;p&gt;The Amazon Resource Name (ARN) of the principal. This can be one of the
     * following:&lt;/p&gt; &lt;ul&gt; &lt;li&gt; &lt;p&gt;The ARN of an Amazon QuickSight user or
     * group associated with a data source or dataset. (This is common.)&lt;/p&gt; &lt;/li&gt;
     * &lt;li&gt; &lt;p&gt;The ARN of an Amazon QuickSight user, group, or namespace associated with
     * an analysis, dashboard, template, or theme. (This is common.)&lt;/p&gt; &lt;/li&gt;
     * &lt;li&gt; &lt;p&gt;The ARN of an Amazon Web Services account root: This is an IAM ARN rather
     * than a QuickSight ARN. Use this option only to share resources (templates) across Amazon Web
     * Services accounts. (This is less common.) &lt;/p&gt; &lt;/li&gt; &lt;/ul&gt;
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^arn:.*}. CloudFormation property
     * {@code Principal}.
     */
    public ResourcePermission principal(String value) {
      return set("Principal", Value.of(value));
    }

    /** Sets {@code Principal} to this value; see {@link #principal(String)}. */
    public ResourcePermission principal(Value<String> value) {
      return set("Principal", value);
    }
  }
}

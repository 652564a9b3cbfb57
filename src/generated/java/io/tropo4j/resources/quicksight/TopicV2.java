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
 * Definition of the AWS::QuickSight::TopicV2 Resource Type.
 *
 * <p>CloudFormation type {@code AWS::QuickSight::TopicV2}.
 */
public final class TopicV2 extends Resource<TopicV2> {
  private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::TopicV2")
      .constrain("AwsAccountId", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
      .constrain("Description", Constraint.of().minLength(0).maxLength(256))
      .constrain("Name", Constraint.of().minLength(1).maxLength(128))
      .constrain("TopicId", Constraint.of().pattern("^[A-Za-z0-9-_.\\\\+]*$").minLength(0).maxLength(256))
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TopicV2(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code ^[0-9]{12}$}.
   * CloudFormation property {@code AwsAccountId}.
   */
  public TopicV2 awsAccountId(String value) {
    return set("AwsAccountId", Value.of(value));
  }

  /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(String)}. */
  public TopicV2 awsAccountId(Value<String> value) {
    return set("AwsAccountId", value);
  }

  /** CloudFormation property {@code CustomInstructions}. */
  public TopicV2 customInstructions(Value<CustomInstructions> value) {
    return set("CustomInstructions", value);
  }

  /** CloudFormation property {@code DataSetRelations}. */
  public TopicV2 dataSetRelations(List<DataSetRelation> value) {
    return set("DataSetRelations", Value.listOf(value));
  }

  /** Sets {@code DataSetRelations} to this value; see {@link #dataSetRelations(List)}. */
  public TopicV2 dataSetRelations(Value<List<DataSetRelation>> value) {
    return set("DataSetRelations", value);
  }

  /** Sets {@code DataSetRelations} to a list of these; see {@link #dataSetRelations(List)}. */
  public TopicV2 dataSetRelations(DataSetRelation... values) {
    return set("DataSetRelations", Value.list(values));
  }

  /** CloudFormation property {@code DataSets}. */
  public TopicV2 dataSets(List<DataSetReference> value) {
    return set("DataSets", Value.listOf(value));
  }

  /** Sets {@code DataSets} to this value; see {@link #dataSets(List)}. */
  public TopicV2 dataSets(Value<List<DataSetReference>> value) {
    return set("DataSets", value);
  }

  /** Sets {@code DataSets} to a list of these; see {@link #dataSets(List)}. */
  public TopicV2 dataSets(DataSetReference... values) {
    return set("DataSets", Value.list(values));
  }

  /** Length: 0 to 256 characters. CloudFormation property {@code Description}. */
  public TopicV2 description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public TopicV2 description(Value<String> value) {
    return set("Description", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code FolderArns}. */
  public TopicV2 folderArns(List<String> value) {
    return set("FolderArns", Value.listOf(value));
  }

  /** Sets {@code FolderArns} to this value; see {@link #folderArns(List)}. */
  public TopicV2 folderArns(Value<List<String>> value) {
    return set("FolderArns", value);
  }

  /** Length: 1 to 128 characters. CloudFormation property {@code Name}. */
  public TopicV2 name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public TopicV2 name(Value<String> value) {
    return set("Name", value);
  }

  /** CloudFormation property {@code Permissions}. */
  public TopicV2 permissions(List<ResourcePermission> value) {
    return set("Permissions", Value.listOf(value));
  }

  /** Sets {@code Permissions} to this value; see {@link #permissions(List)}. */
  public TopicV2 permissions(Value<List<ResourcePermission>> value) {
    return set("Permissions", value);
  }

  /** Sets {@code Permissions} to a list of these; see {@link #permissions(List)}. */
  public TopicV2 permissions(ResourcePermission... values) {
    return set("Permissions", Value.list(values));
  }

  /** Changing it replaces the resource. CloudFormation property {@code Tags}. */
  public TopicV2 tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TopicV2 tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TopicV2 tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * ^[A-Za-z0-9-_.&#92;&#92;+]*$}. CloudFormation property {@code TopicId}.
   */
  public TopicV2 topicId(String value) {
    return set("TopicId", Value.of(value));
  }

  /** Sets {@code TopicId} to this value; see {@link #topicId(String)}. */
  public TopicV2 topicId(Value<String> value) {
    return set("TopicId", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** Property type {@code AWS::QuickSight::TopicV2.CustomInstructions}. */
  public static final class CustomInstructions extends Struct<CustomInstructions> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::TopicV2.CustomInstructions")
        .required("CustomInstructionsString")
        .constrain("CustomInstructionsString", Constraint.of().minLength(0).maxLength(5000))
        .build();

    public CustomInstructions() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 0 to 5000 characters. CloudFormation property {@code
     * CustomInstructionsString}.
     */
    public CustomInstructions customInstructionsString(String value) {
      return set("CustomInstructionsString", Value.of(value));
    }

    /**
     * Sets {@code CustomInstructionsString} to this value; see {@link
     * #customInstructionsString(String)}.
     */
    public CustomInstructions customInstructionsString(Value<String> value) {
      return set("CustomInstructionsString", value);
    }
  }

  /**
   * A dataset reference used by a V2 (SEMANTIC_VIEW) topic.
   *
   * <p>Property type {@code AWS::QuickSight::TopicV2.DataSetReference}.
   */
  public static final class DataSetReference extends Struct<DataSetReference> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::TopicV2.DataSetReference")
        .required("DataSetArn")
        .constrain("DataSetName", Constraint.of().minLength(0).maxLength(256))
        .build();

    public DataSetReference() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code DataSetArn}. */
    public DataSetReference dataSetArn(String value) {
      return set("DataSetArn", Value.of(value));
    }

    /** Sets {@code DataSetArn} to this value; see {@link #dataSetArn(String)}. */
    public DataSetReference dataSetArn(Value<String> value) {
      return set("DataSetArn", value);
    }

    /** Length: 0 to 256 characters. CloudFormation property {@code DataSetName}. */
    public DataSetReference dataSetName(String value) {
      return set("DataSetName", Value.of(value));
    }

    /** Sets {@code DataSetName} to this value; see {@link #dataSetName(String)}. */
    public DataSetReference dataSetName(Value<String> value) {
      return set("DataSetName", value);
    }
  }

  /**
   * A relation between two datasets referenced by a V2 (SEMANTIC_VIEW) topic.
   *
   * <p>Property type {@code AWS::QuickSight::TopicV2.DataSetRelation}.
   */
  public static final class DataSetRelation extends Struct<DataSetRelation> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::TopicV2.DataSetRelation")
        .required("Left", "Right")
        .build();

    public DataSetRelation() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Left}. */
    public DataSetRelation left(Value<DataSetRelationEndpoint> value) {
      return set("Left", value);
    }

    /** Required. CloudFormation property {@code Right}. */
    public DataSetRelation right(Value<DataSetRelationEndpoint> value) {
      return set("Right", value);
    }
  }

  /** Property type {@code AWS::QuickSight::TopicV2.DataSetRelationEndpoint}. */
  public static final class DataSetRelationEndpoint extends Struct<DataSetRelationEndpoint> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::TopicV2.DataSetRelationEndpoint")
        .required("ColumnNames", "DataSetArn")
        .build();

    public DataSetRelationEndpoint() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code ColumnNames}. */
    public DataSetRelationEndpoint columnNames(List<String> value) {
      return set("ColumnNames", Value.listOf(value));
    }

    /** Sets {@code ColumnNames} to this value; see {@link #columnNames(List)}. */
    public DataSetRelationEndpoint columnNames(Value<List<String>> value) {
      return set("ColumnNames", value);
    }

    /** Required. CloudFormation property {@code DataSetArn}. */
    public DataSetRelationEndpoint dataSetArn(String value) {
      return set("DataSetArn", Value.of(value));
    }

    /** Sets {@code DataSetArn} to this value; see {@link #dataSetArn(String)}. */
    public DataSetRelationEndpoint dataSetArn(Value<String> value) {
      return set("DataSetArn", value);
    }
  }

  /** Property type {@code AWS::QuickSight::TopicV2.ResourcePermission}. */
  public static final class ResourcePermission extends Struct<ResourcePermission> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::TopicV2.ResourcePermission")
        .required("Actions", "Principal")
        .constrain("Principal", Constraint.of().minLength(1).maxLength(256))
        .build();

    public ResourcePermission() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Actions}. */
    public ResourcePermission actions(List<String> value) {
      return set("Actions", Value.listOf(value));
    }

    /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
    public ResourcePermission actions(Value<List<String>> value) {
      return set("Actions", value);
    }

    /** Required. Length: 1 to 256 characters. CloudFormation property {@code Principal}. */
    public ResourcePermission principal(String value) {
      return set("Principal", Value.of(value));
    }

    /** Sets {@code Principal} to this value; see {@link #principal(String)}. */
    public ResourcePermission principal(Value<String> value) {
      return set("Principal", value);
    }
  }
}

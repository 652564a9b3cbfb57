// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::SageMaker::ExperimentTrialComponent
 *
 * <p>CloudFormation type {@code AWS::SageMaker::ExperimentTrialComponent}.
 */
public final class ExperimentTrialComponent extends Resource<ExperimentTrialComponent> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ExperimentTrialComponent")
      .required("TrialComponentName")
      .refYields("Id")
      .attributes("Arn", "CreationTime", "Id", "LastModifiedTime", "LineageGroupArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ExperimentTrialComponent(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** CloudFormation property {@code DisplayName}. */
  public ExperimentTrialComponent displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public ExperimentTrialComponent displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /** CloudFormation property {@code EndTime}. */
  public ExperimentTrialComponent endTime(String value) {
    return set("EndTime", Value.of(value));
  }

  /** Sets {@code EndTime} to this value; see {@link #endTime(String)}. */
  public ExperimentTrialComponent endTime(Value<String> value) {
    return set("EndTime", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code MetadataProperties}. */
  public ExperimentTrialComponent metadataProperties(Value<MetadataProperties> value) {
    return set("MetadataProperties", value);
  }

  /** CloudFormation property {@code StartTime}. */
  public ExperimentTrialComponent startTime(String value) {
    return set("StartTime", Value.of(value));
  }

  /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
  public ExperimentTrialComponent startTime(Value<String> value) {
    return set("StartTime", value);
  }

  /** CloudFormation property {@code Status}. */
  public ExperimentTrialComponent status(Value<Status> value) {
    return set("Status", value);
  }

  /** CloudFormation property {@code Tags}. */
  public ExperimentTrialComponent tags(List<TagsItems> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ExperimentTrialComponent tags(Value<List<TagsItems>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public ExperimentTrialComponent tags(TagsItems... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ExperimentTrialComponent tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Required. Changing it replaces the resource. CloudFormation property {@code
   * TrialComponentName}.
   */
  public ExperimentTrialComponent trialComponentName(String value) {
    return set("TrialComponentName", Value.of(value));
  }

  /** Sets {@code TrialComponentName} to this value; see {@link #trialComponentName(String)}. */
  public ExperimentTrialComponent trialComponentName(Value<String> value) {
    return set("TrialComponentName", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code CreationTime}. */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /** {@code Fn::GetAtt} attribute {@code LastModifiedTime}. */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /** {@code Fn::GetAtt} attribute {@code LineageGroupArn}. */
  public Value<String> lineageGroupArn() {
    return getAtt("LineageGroupArn");
  }

  /** Property type {@code AWS::SageMaker::ExperimentTrialComponent.MetadataProperties}. */
  public static final class MetadataProperties extends Struct<MetadataProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::ExperimentTrialComponent.MetadataProperties");

    public MetadataProperties() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CommitId}. */
    public MetadataProperties commitId(String value) {
      return set("CommitId", Value.of(value));
    }

    /** Sets {@code CommitId} to this value; see {@link #commitId(String)}. */
    public MetadataProperties commitId(Value<String> value) {
      return set("CommitId", value);
    }

    /** CloudFormation property {@code GeneratedBy}. */
    public MetadataProperties generatedBy(String value) {
      return set("GeneratedBy", Value.of(value));
    }

    /** Sets {@code GeneratedBy} to this value; see {@link #generatedBy(String)}. */
    public MetadataProperties generatedBy(Value<String> value) {
      return set("GeneratedBy", value);
    }

    /** CloudFormation property {@code ProjectId}. */
    public MetadataProperties projectId(String value) {
      return set("ProjectId", Value.of(value));
    }

    /** Sets {@code ProjectId} to this value; see {@link #projectId(String)}. */
    public MetadataProperties projectId(Value<String> value) {
      return set("ProjectId", value);
    }

    /** CloudFormation property {@code Repository}. */
    public MetadataProperties repository(String value) {
      return set("Repository", Value.of(value));
    }

    /** Sets {@code Repository} to this value; see {@link #repository(String)}. */
    public MetadataProperties repository(Value<String> value) {
      return set("Repository", value);
    }
  }

  /** Property type {@code AWS::SageMaker::ExperimentTrialComponent.Status}. */
  public static final class Status extends Struct<Status> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::ExperimentTrialComponent.Status");

    public Status() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Message}. */
    public Status message(String value) {
      return set("Message", Value.of(value));
    }

    /** Sets {@code Message} to this value; see {@link #message(String)}. */
    public Status message(Value<String> value) {
      return set("Message", value);
    }

    /** CloudFormation property {@code PrimaryStatus}. */
    public Status primaryStatus(String value) {
      return set("PrimaryStatus", Value.of(value));
    }

    /** Sets {@code PrimaryStatus} to this value; see {@link #primaryStatus(String)}. */
    public Status primaryStatus(Value<String> value) {
      return set("PrimaryStatus", value);
    }
  }

  /** Property type {@code AWS::SageMaker::ExperimentTrialComponent.TagsItems}. */
  public static final class TagsItems extends Struct<TagsItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ExperimentTrialComponent.TagsItems")
        .required("Key", "Value")
        .build();

    public TagsItems() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Key}. */
    public TagsItems key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsItems key(Value<String> value) {
      return set("Key", value);
    }

    /** Required. CloudFormation property {@code Value}. */
    public TagsItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsItems value(Value<String> value) {
      return set("Value", value);
    }
  }
}

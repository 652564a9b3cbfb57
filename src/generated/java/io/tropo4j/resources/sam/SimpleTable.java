// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sam;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * https://github.com/awslabs/serverless-application-model/blob/master/versions/2016-10-31.md#awsserverlesssimpletable
 *
 * <p>CloudFormation type {@code AWS::Serverless::SimpleTable}.
 */
public final class SimpleTable extends Resource<SimpleTable> {
  private static final Schema SCHEMA = Schema.builder("AWS::Serverless::SimpleTable")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public SimpleTable(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Changing it replaces the resource. CloudFormation property {@code PrimaryKey}. */
  public SimpleTable primaryKey(Value<PrimaryKey> value) {
    return set("PrimaryKey", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code ProvisionedThroughput}. */
  public SimpleTable provisionedThroughput(Value<ProvisionedThroughput> value) {
    return set("ProvisionedThroughput", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code SSESpecification}. */
  public SimpleTable sseSpecification(Value<SSESpecification> value) {
    return set("SSESpecification", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code TableName}. */
  public SimpleTable tableName(String value) {
    return set("TableName", Value.of(value));
  }

  /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
  public SimpleTable tableName(Value<String> value) {
    return set("TableName", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Tags}. */
  public SimpleTable tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public SimpleTable tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public SimpleTable tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /** Property type {@code AWS::Serverless::SimpleTable.PrimaryKey}. */
  public static final class PrimaryKey extends Struct<PrimaryKey> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::SimpleTable.PrimaryKey")
        .required("Type")
        .build();

    public PrimaryKey() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Name}. */
    public PrimaryKey name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public PrimaryKey name(Value<String> value) {
      return set("Name", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Type}. */
    public PrimaryKey type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public PrimaryKey type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::Serverless::SimpleTable.ProvisionedThroughput}. */
  public static final class ProvisionedThroughput extends Struct<ProvisionedThroughput> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::SimpleTable.ProvisionedThroughput")
        .required("WriteCapacityUnits")
        .build();

    public ProvisionedThroughput() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code ReadCapacityUnits}. */
    public ProvisionedThroughput readCapacityUnits(double value) {
      return set("ReadCapacityUnits", Value.of(value));
    }

    /** Sets {@code ReadCapacityUnits} to this value; see {@link #readCapacityUnits(double)}. */
    public ProvisionedThroughput readCapacityUnits(Value<Double> value) {
      return set("ReadCapacityUnits", value);
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code
     * WriteCapacityUnits}.
     */
    public ProvisionedThroughput writeCapacityUnits(double value) {
      return set("WriteCapacityUnits", Value.of(value));
    }

    /** Sets {@code WriteCapacityUnits} to this value; see {@link #writeCapacityUnits(double)}. */
    public ProvisionedThroughput writeCapacityUnits(Value<Double> value) {
      return set("WriteCapacityUnits", value);
    }
  }

  /** Property type {@code AWS::Serverless::SimpleTable.SSESpecification}. */
  public static final class SSESpecification extends Struct<SSESpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::SimpleTable.SSESpecification");

    public SSESpecification() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code SSEEnabled}. */
    public SSESpecification sseEnabled(boolean value) {
      return set("SSEEnabled", Value.of(value));
    }

    /** Sets {@code SSEEnabled} to this value; see {@link #sseEnabled(boolean)}. */
    public SSESpecification sseEnabled(Value<Boolean> value) {
      return set("SSEEnabled", value);
    }
  }
}

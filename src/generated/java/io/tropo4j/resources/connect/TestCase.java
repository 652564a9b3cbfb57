// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::Connect::TestCase
 *
 * <p>CloudFormation type {@code AWS::Connect::TestCase}.
 */
public final class TestCase extends Resource<TestCase> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::TestCase")
      .required("Content", "InstanceArn", "Name")
      .constrain("Content", Constraint.of().minLength(1).maxLength(256000))
      .constrain("Description", Constraint.of().pattern(".*\\S.*").maxLength(500))
      .constrain("InitializationData", Constraint.of().minLength(1).maxLength(256000))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$").minLength(1).maxLength(256))
      .constrain("Name", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(127))
      .allowed("Status", "SAVED", "PUBLISHED")
      .refYields("TestCaseArn")
      .attributes("LastModifiedRegion", "LastModifiedTime", "TestCaseArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TestCase(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The content of the test case.
   *
   * <p>Required. Length: 1 to 256000 characters. CloudFormation property {@code Content}.
   */
  public TestCase content(String value) {
    return set("Content", Value.of(value));
  }

  /** Sets {@code Content} to this value; see {@link #content(String)}. */
  public TestCase content(Value<String> value) {
    return set("Content", value);
  }

  /**
   * The description of the test case.
   *
   * <p>Length: at most 500 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
   * Description}.
   */
  public TestCase description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public TestCase description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Entry Point associated with the test case
   *
   * <p>CloudFormation property {@code EntryPoint}.
   */
  public TestCase entryPoint(Value<EntryPoint> value) {
    return set("EntryPoint", value);
  }

  /**
   * The initialization data of the test case.
   *
   * <p>Length: 1 to 256000 characters. CloudFormation property {@code InitializationData}.
   */
  public TestCase initializationData(String value) {
    return set("InitializationData", Value.of(value));
  }

  /** Sets {@code InitializationData} to this value; see {@link #initializationData(String)}. */
  public TestCase initializationData(Value<String> value) {
    return set("InitializationData", value);
  }

  /**
   * The identifier of the Amazon Connect instance.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public TestCase instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public TestCase instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * The name of the test case.
   *
   * <p>Required. Length: 1 to 127 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property
   * {@code Name}.
   */
  public TestCase name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public TestCase name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The status of the test case.
   *
   * <p>Allowed values: {@code SAVED}, {@code PUBLISHED}. CloudFormation property {@code Status}.
   */
  public TestCase status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public TestCase status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * One or more tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TestCase tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TestCase tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TestCase tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Last modified region.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedRegion}.
   */
  public Value<String> lastModifiedRegion() {
    return getAtt("LastModifiedRegion");
  }

  /**
   * A epoch time stamp field used for test case operations.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<Double> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The identifier of the test case.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TestCaseArn}.
   */
  public Value<String> testCaseArn() {
    return getAtt("TestCaseArn");
  }

  /**
   * The chat entry point parameters for the test case
   *
   * <p>Property type {@code AWS::Connect::TestCase.ChatEntryPointParameters}.
   */
  public static final class ChatEntryPointParameters extends Struct<ChatEntryPointParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::TestCase.ChatEntryPointParameters")
        .constrain("FlowId", Constraint.of().minLength(1).maxLength(256))
        .build();

    public ChatEntryPointParameters() {
      super(SCHEMA);
    }

    /**
     * The flow id used for the TestCase
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code FlowId}.
     */
    public ChatEntryPointParameters flowId(String value) {
      return set("FlowId", Value.of(value));
    }

    /** Sets {@code FlowId} to this value; see {@link #flowId(String)}. */
    public ChatEntryPointParameters flowId(Value<String> value) {
      return set("FlowId", value);
    }
  }

  /**
   * The Entry Point associated with the test case
   *
   * <p>Property type {@code AWS::Connect::TestCase.EntryPoint}.
   */
  public static final class EntryPoint extends Struct<EntryPoint> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::TestCase.EntryPoint")
        .allowed("Type", "VOICE_CALL", "CHAT")
        .build();

    public EntryPoint() {
      super(SCHEMA);
    }

    /**
     * The chat entry point parameters for the test case
     *
     * <p>CloudFormation property {@code ChatEntryPointParameters}.
     */
    public EntryPoint chatEntryPointParameters(Value<ChatEntryPointParameters> value) {
      return set("ChatEntryPointParameters", value);
    }

    /**
     * The type of the Entry Point
     *
     * <p>Allowed values: {@code VOICE_CALL}, {@code CHAT}. CloudFormation property {@code Type}.
     */
    public EntryPoint type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public EntryPoint type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The voice call entry point parameters for the test case
     *
     * <p>CloudFormation property {@code VoiceCallEntryPointParameters}.
     */
    public EntryPoint voiceCallEntryPointParameters(Value<VoiceCallEntryPointParameters> value) {
      return set("VoiceCallEntryPointParameters", value);
    }
  }

  /**
   * The voice call entry point parameters for the test case
   *
   * <p>Property type {@code AWS::Connect::TestCase.VoiceCallEntryPointParameters}.
   */
  public static final class VoiceCallEntryPointParameters extends Struct<VoiceCallEntryPointParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::TestCase.VoiceCallEntryPointParameters")
        .constrain("DestinationPhoneNumber", Constraint.of().pattern("^\\\\+[1-9]\\\\d{1,14}$"))
        .constrain("FlowId", Constraint.of().minLength(0).maxLength(500))
        .constrain("SourcePhoneNumber", Constraint.of().pattern("^\\\\+[1-9]\\\\d{1,14}$"))
        .build();

    public VoiceCallEntryPointParameters() {
      super(SCHEMA);
    }

    /**
     * The destination phonenumber of the EntryPoint
     *
     * <p>Pattern: {@code ^&#92;&#92;+[1-9]&#92;&#92;d{1,14}$}. CloudFormation property {@code
     * DestinationPhoneNumber}.
     */
    public VoiceCallEntryPointParameters destinationPhoneNumber(String value) {
      return set("DestinationPhoneNumber", Value.of(value));
    }

    /**
     * Sets {@code DestinationPhoneNumber} to this value; see {@link
     * #destinationPhoneNumber(String)}.
     */
    public VoiceCallEntryPointParameters destinationPhoneNumber(Value<String> value) {
      return set("DestinationPhoneNumber", value);
    }

    /**
     * The flow id used for the TestCase
     *
     * <p>Length: 0 to 500 characters. CloudFormation property {@code FlowId}.
     */
    public VoiceCallEntryPointParameters flowId(String value) {
      return set("FlowId", Value.of(value));
    }

    /** Sets {@code FlowId} to this value; see {@link #flowId(String)}. */
    public VoiceCallEntryPointParameters flowId(Value<String> value) {
      return set("FlowId", value);
    }

    /**
     * The source phonenumber of the EntryPoint
     *
     * <p>Pattern: {@code ^&#92;&#92;+[1-9]&#92;&#92;d{1,14}$}. CloudFormation property {@code
     * SourcePhoneNumber}.
     */
    public VoiceCallEntryPointParameters sourcePhoneNumber(String value) {
      return set("SourcePhoneNumber", Value.of(value));
    }

    /** Sets {@code SourcePhoneNumber} to this value; see {@link #sourcePhoneNumber(String)}. */
    public VoiceCallEntryPointParameters sourcePhoneNumber(Value<String> value) {
      return set("SourcePhoneNumber", value);
    }
  }
}

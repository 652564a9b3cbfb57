// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotthingsgraph;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iotthingsgraph-flowtemplate.html
 *
 * <p>CloudFormation type {@code AWS::IoTThingsGraph::FlowTemplate}.
 */
public final class FlowTemplate extends Resource<FlowTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTThingsGraph::FlowTemplate")
      .required("Definition")
      .refYields("Id")
      .attributes("Id")
      .build();

  public FlowTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** CloudFormation property {@code CompatibleNamespaceVersion}. */
  public FlowTemplate compatibleNamespaceVersion(double value) {
    return set("CompatibleNamespaceVersion", Value.of(value));
  }

  /**
   * Sets {@code CompatibleNamespaceVersion} to this value; see {@link
   * #compatibleNamespaceVersion(double)}.
   */
  public FlowTemplate compatibleNamespaceVersion(Value<Double> value) {
    return set("CompatibleNamespaceVersion", value);
  }

  /** Required. CloudFormation property {@code Definition}. */
  public FlowTemplate definition(Value<DefinitionDocument> value) {
    return set("Definition", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /** Property type {@code AWS::IoTThingsGraph::FlowTemplate.DefinitionDocument}. */
  public static final class DefinitionDocument extends Struct<DefinitionDocument> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTThingsGraph::FlowTemplate.DefinitionDocument")
        .required("Language", "Text")
        .build();

    public DefinitionDocument() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Language}. */
    public DefinitionDocument language(String value) {
      return set("Language", Value.of(value));
    }

    /** Sets {@code Language} to this value; see {@link #language(String)}. */
    public DefinitionDocument language(Value<String> value) {
      return set("Language", value);
    }

    /** Required. CloudFormation property {@code Text}. */
    public DefinitionDocument text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public DefinitionDocument text(Value<String> value) {
      return set("Text", value);
    }
  }
}

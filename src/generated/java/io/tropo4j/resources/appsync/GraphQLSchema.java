// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appsync;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::AppSync::GraphQLSchema</code> resource is used for your AWS AppSync GraphQL schema
 * that controls the data model for your API. Schema files are text written in Schema Definition
 * Language (SDL) format. For more information about schema authoring, see <a
 * href="https://docs.aws.amazon.com/appsync/latest/devguide/designing-a-graphql-api.html">Designing
 * a GraphQL API</a> in the <em>AWS AppSync Developer Guide</em> .
 *
 * <p>When you submit an update, AWS CloudFormation updates resources based on differences between
 * what you submit and the stack's current template. To cause this resource to be updated you must
 * change a property value for this resource in the CloudFormation template. Changing the Amazon S3
 * file content without changing a property value will not result in an update operation. See <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html">Update
 * Behaviors of Stack Resources</a> in the <em>AWS CloudFormation User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::AppSync::GraphQLSchema}.
 */
public final class GraphQLSchema extends Resource<GraphQLSchema> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppSync::GraphQLSchema")
      .required("ApiId")
      .refYields("Id")
      .attributes("Id")
      .build();

  public GraphQLSchema(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The AWS AppSync GraphQL API identifier to which you want to apply this schema.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApiId}.
   */
  public GraphQLSchema apiId(String value) {
    return set("ApiId", Value.of(value));
  }

  /** Sets {@code ApiId} to this value; see {@link #apiId(String)}. */
  public GraphQLSchema apiId(Value<String> value) {
    return set("ApiId", value);
  }

  /**
   * The text representation of a GraphQL schema in SDL format.
   *
   * <p>For more information about using the <code>Ref</code> function, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-ref">Ref</a>
   * .
   *
   * <p>CloudFormation property {@code Definition}.
   */
  public GraphQLSchema definition(String value) {
    return set("Definition", Value.of(value));
  }

  /** Sets {@code Definition} to this value; see {@link #definition(String)}. */
  public GraphQLSchema definition(Value<String> value) {
    return set("Definition", value);
  }

  /**
   * The location of a GraphQL schema file in an Amazon S3 bucket. Use this if you want to provision
   * with the schema living in Amazon S3 rather than embedding it in your CloudFormation template.
   *
   * <p>CloudFormation property {@code DefinitionS3Location}.
   */
  public GraphQLSchema definitionS3Location(String value) {
    return set("DefinitionS3Location", Value.of(value));
  }

  /** Sets {@code DefinitionS3Location} to this value; see {@link #definitionS3Location(String)}. */
  public GraphQLSchema definitionS3Location(Value<String> value) {
    return set("DefinitionS3Location", value);
  }

  /**
   * The ID value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}

// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.pcaconnectorscep;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * For general-purpose connectors. Creates a <em>challenge password</em> for the specified
 * connector. The SCEP protocol uses a challenge password to authenticate a request before issuing a
 * certificate from a certificate authority (CA). Your SCEP clients include the challenge password
 * as part of their certificate request to Connector for SCEP. To retrieve the connector Amazon
 * Resource Names (ARNs) for the connectors in your account, call <a
 * href="https://docs.aws.amazon.com/pca-connector-scep/latest/APIReference/API_ListConnectors.html">ListConnectors</a>
 * .
 *
 * <p>To create additional challenge passwords for the connector, call <code>CreateChallenge</code>
 * again. We recommend frequently rotating your challenge passwords.
 *
 * <p>CloudFormation type {@code AWS::PCAConnectorSCEP::Challenge}.
 */
public final class Challenge extends Resource<Challenge> {
  private static final Schema SCHEMA = Schema.builder("AWS::PCAConnectorSCEP::Challenge")
      .required("ConnectorArn")
      .constrain("ConnectorArn", Constraint.of().pattern("^arn:aws(-[a-z]+)*:pca-connector-scep:[a-z]+(-[a-z]+)+-[1-9]\\d*:\\d{12}:connector\\/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$").minLength(5).maxLength(200))
      .refYields("ChallengeArn")
      .attributes("ChallengeArn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Challenge(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the connector.
   *
   * <p>Required. Changing it replaces the resource. Length: 5 to 200 characters. Pattern: {@code
   * ^arn:aws(-[a-z]+)*:pca-connector-scep:[a-z]+(-[a-z]+)+-[1-9]&#92;d*:&#92;d{12}:connector&#92;/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$}.
   * CloudFormation property {@code ConnectorArn}.
   */
  public Challenge connectorArn(String value) {
    return set("ConnectorArn", Value.of(value));
  }

  /** Sets {@code ConnectorArn} to this value; see {@link #connectorArn(String)}. */
  public Challenge connectorArn(Value<String> value) {
    return set("ConnectorArn", value);
  }

  /** CloudFormation property {@code Tags}. */
  public Challenge tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Challenge tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Challenge tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the challenge.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ChallengeArn}.
   */
  public Value<String> challengeArn() {
    return getAtt("ChallengeArn");
  }
}

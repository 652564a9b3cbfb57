// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Describes a Network Access Scope analysis.
 *
 * <p>CloudFormation type {@code AWS::EC2::NetworkInsightsAccessScopeAnalysis}.
 */
public final class NetworkInsightsAccessScopeAnalysis extends Resource<NetworkInsightsAccessScopeAnalysis> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::NetworkInsightsAccessScopeAnalysis")
      .required("NetworkInsightsAccessScopeId")
      .refYields("NetworkInsightsAccessScopeAnalysisId")
      .attributes("AnalyzedEniCount", "EndDate", "FindingsFound",
          "NetworkInsightsAccessScopeAnalysisArn", "NetworkInsightsAccessScopeAnalysisId",
          "StartDate", "Status", "StatusMessage")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public NetworkInsightsAccessScopeAnalysis(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the Network Access Scope.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * NetworkInsightsAccessScopeId}.
   */
  public NetworkInsightsAccessScopeAnalysis networkInsightsAccessScopeId(String value) {
    return set("NetworkInsightsAccessScopeId", Value.of(value));
  }

  /**
   * Sets {@code NetworkInsightsAccessScopeId} to this value; see {@link
   * #networkInsightsAccessScopeId(String)}.
   */
  public NetworkInsightsAccessScopeAnalysis networkInsightsAccessScopeId(Value<String> value) {
    return set("NetworkInsightsAccessScopeId", value);
  }

  /**
   * The tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public NetworkInsightsAccessScopeAnalysis tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public NetworkInsightsAccessScopeAnalysis tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public NetworkInsightsAccessScopeAnalysis tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The number of network interfaces analyzed.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AnalyzedEniCount}.
   */
  public Value<Integer> analyzedEniCount() {
    return getAtt("AnalyzedEniCount");
  }

  /**
   * The end date of the analysis.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EndDate}.
   */
  public Value<String> endDate() {
    return getAtt("EndDate");
  }

  /**
   * Indicates whether there are findings (true | false | unknown).
   *
   * <p>{@code Fn::GetAtt} attribute {@code FindingsFound}.
   */
  public Value<String> findingsFound() {
    return getAtt("FindingsFound");
  }

  /**
   * The ARN of the Network Access Scope analysis.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkInsightsAccessScopeAnalysisArn}.
   */
  public Value<String> networkInsightsAccessScopeAnalysisArn() {
    return getAtt("NetworkInsightsAccessScopeAnalysisArn");
  }

  /**
   * The ID of the Network Access Scope analysis.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkInsightsAccessScopeAnalysisId}.
   */
  public Value<String> networkInsightsAccessScopeAnalysisId() {
    return getAtt("NetworkInsightsAccessScopeAnalysisId");
  }

  /**
   * The start date of the analysis.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StartDate}.
   */
  public Value<String> startDate() {
    return getAtt("StartDate");
  }

  /**
   * The status of the analysis (running | succeeded | failed).
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The status message.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusMessage}.
   */
  public Value<String> statusMessage() {
    return getAtt("StatusMessage");
  }
}

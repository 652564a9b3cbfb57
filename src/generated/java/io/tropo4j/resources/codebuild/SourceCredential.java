// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.codebuild;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Information about the credentials for a GitHub, GitHub Enterprise, or Bitbucket repository. We
 * strongly recommend that you use AWS Secrets Manager to store your credentials. If you use Secrets
 * Manager , you must have secrets in your secrets manager. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html#dynamic-references-secretsmanager">Using
 * Dynamic References to Specify Template Values</a> .
 *
 * <p>For security purposes, do not use plain text in your CloudFormation template to store your
 * credentials.
 *
 * <p>CloudFormation type {@code AWS::CodeBuild::SourceCredential}.
 */
public final class SourceCredential extends Resource<SourceCredential> {
  private static final Schema SCHEMA = Schema.builder("AWS::CodeBuild::SourceCredential")
      .required("AuthType", "ServerType", "Token")
      .refYields("Arn")
      .attributes("Arn")
      .build();

  public SourceCredential(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The type of authentication used by the credentials. Valid options are OAUTH, BASIC_AUTH,
   * PERSONAL_ACCESS_TOKEN, CODECONNECTIONS, or SECRETS_MANAGER.
   *
   * <p>Required. CloudFormation property {@code AuthType}.
   */
  public SourceCredential authType(String value) {
    return set("AuthType", Value.of(value));
  }

  /** Sets {@code AuthType} to this value; see {@link #authType(String)}. */
  public SourceCredential authType(Value<String> value) {
    return set("AuthType", value);
  }

  /**
   * The type of source provider. The valid options are GITHUB, GITHUB_ENTERPRISE, GITLAB,
   * GITLAB_SELF_MANAGED, or BITBUCKET.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ServerType}.
   */
  public SourceCredential serverType(String value) {
    return set("ServerType", Value.of(value));
  }

  /** Sets {@code ServerType} to this value; see {@link #serverType(String)}. */
  public SourceCredential serverType(Value<String> value) {
    return set("ServerType", value);
  }

  /**
   * For GitHub or GitHub Enterprise, this is the personal access token. For Bitbucket, this is
   * either the access token or the app password. For the <code>authType</code> CODECONNECTIONS,
   * this is the <code>connectionArn</code> . For the <code>authType</code> SECRETS_MANAGER, this is
   * the <code>secretArn</code> .
   *
   * <p>Required. CloudFormation property {@code Token}.
   */
  public SourceCredential token(String value) {
    return set("Token", Value.of(value));
  }

  /** Sets {@code Token} to this value; see {@link #token(String)}. */
  public SourceCredential token(Value<String> value) {
    return set("Token", value);
  }

  /**
   * The Bitbucket username when the <code>authType</code> is BASIC_AUTH. This parameter is not
   * valid for other types of source providers or connections.
   *
   * <p>CloudFormation property {@code Username}.
   */
  public SourceCredential username(String value) {
    return set("Username", Value.of(value));
  }

  /** Sets {@code Username} to this value; see {@link #username(String)}. */
  public SourceCredential username(Value<String> value) {
    return set("Username", value);
  }

  /**
   * The ARN of the SourceCredential resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}

// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cognito;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Creates terms documents for the requested app client. When Terms and conditions and Privacy
 * policy documents are configured, the app client displays links to them in the sign-up page of
 * managed login for the app client.
 *
 * <p>You can provide URLs for terms documents in the languages that are supported by <a
 * href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-localization">managed
 * login localization</a> . Amazon Cognito directs users to the terms documents for their current
 * language, with fallback to <code>default</code> if no document exists for the language.
 *
 * <p>Each request accepts one type of terms document and a map of language-to-link for that
 * document type. You must provide both types of terms documents in at least one language before
 * Amazon Cognito displays your terms documents. Supply each type in separate requests.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html#managed-login-terms-documents">Terms
 * documents</a> .
 *
 * <p>Amazon Cognito evaluates AWS Identity and Access Management (IAM) policies in requests for
 * this API operation. For this operation, you must use IAM credentials to authorize requests, and
 * you must grant yourself the corresponding IAM permission in a policy. <b>Learn more</b> - <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-signing.html">Signing AWS
 * API Requests</a> - <a
 * href="https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html">Using
 * the Amazon Cognito user pools API and user pool endpoints</a>
 *
 * <p>CloudFormation type {@code AWS::Cognito::Terms}.
 */
public final class Terms extends Resource<Terms> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cognito::Terms")
      .required("Enforcement", "Links", "TermsName", "TermsSource", "UserPoolId")
      .constrain("ClientId", Constraint.of().pattern("^[\\w+]+$").minLength(1).maxLength(128))
      .allowed("Enforcement", "NONE")
      .constrain("TermsName", Constraint.of().pattern("^(terms-of-use|privacy-policy)$"))
      .allowed("TermsSource", "LINK")
      .constrain("UserPoolId", Constraint.of().pattern("^[\\w-]+_[0-9a-zA-Z]+$").minLength(1).maxLength(55))
      .attributes("TermsId")
      .build();

  public Terms(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the app client that the terms documents are assigned to.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;w+]+$}. CloudFormation property {@code ClientId}.
   */
  public Terms clientId(String value) {
    return set("ClientId", Value.of(value));
  }

  /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
  public Terms clientId(Value<String> value) {
    return set("ClientId", value);
  }

  /**
   * This parameter is reserved for future use and currently accepts one value.
   *
   * <p>Required. Allowed values: {@code NONE}. CloudFormation property {@code Enforcement}.
   */
  public Terms enforcement(String value) {
    return set("Enforcement", Value.of(value));
  }

  /** Sets {@code Enforcement} to this value; see {@link #enforcement(String)}. */
  public Terms enforcement(Value<String> value) {
    return set("Enforcement", value);
  }

  /**
   * A map of URLs to languages. For each localized language that will view the requested
   * <code>TermsName</code> , assign a URL. A selection of <code>cognito:default</code> displays for
   * all languages that don't have a language-specific URL.
   *
   * <p>For example, <code>"cognito:default": "https://terms.example.com", "cognito:spanish":
   * "https://terms.example.com/es"</code> .
   *
   * <p>Required. CloudFormation property {@code Links}.
   */
  public Terms links(Map<String, String> value) {
    return set("Links", Value.mapOf(value));
  }

  /** Sets {@code Links} to this value; see {@link #links(Map)}. */
  public Terms links(Value<Map<String, String>> value) {
    return set("Links", value);
  }

  /**
   * The type and friendly name of the terms documents.
   *
   * <p>Required. Pattern: {@code ^(terms-of-use|privacy-policy)$}. CloudFormation property {@code
   * TermsName}.
   */
  public Terms termsName(String value) {
    return set("TermsName", Value.of(value));
  }

  /** Sets {@code TermsName} to this value; see {@link #termsName(String)}. */
  public Terms termsName(Value<String> value) {
    return set("TermsName", value);
  }

  /**
   * This parameter is reserved for future use and currently accepts one value.
   *
   * <p>Required. Allowed values: {@code LINK}. CloudFormation property {@code TermsSource}.
   */
  public Terms termsSource(String value) {
    return set("TermsSource", Value.of(value));
  }

  /** Sets {@code TermsSource} to this value; see {@link #termsSource(String)}. */
  public Terms termsSource(Value<String> value) {
    return set("TermsSource", value);
  }

  /**
   * The ID of the user pool that contains the terms documents.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 55 characters. Pattern: {@code
   * ^[&#92;w-]+_[0-9a-zA-Z]+$}. CloudFormation property {@code UserPoolId}.
   */
  public Terms userPoolId(String value) {
    return set("UserPoolId", Value.of(value));
  }

  /** Sets {@code UserPoolId} to this value; see {@link #userPoolId(String)}. */
  public Terms userPoolId(Value<String> value) {
    return set("UserPoolId", value);
  }

  /**
   * The ID of the terms documents.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TermsId}.
   */
  public Value<String> termsId() {
    return getAtt("TermsId");
  }
}

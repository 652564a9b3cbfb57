// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iam;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Uploads a server certificate entity for the AWS account . The server certificate entity includes
 * a public key certificate, a private key, and an optional certificate chain, which should all be
 * PEM-encoded.
 *
 * <p>We recommend that you use <a href="https://docs.aws.amazon.com/acm/">Certificate Manager</a>
 * to provision, manage, and deploy your server certificates. With ACM you can request a
 * certificate, deploy it to AWS resources, and let ACM handle certificate renewals for you.
 * Certificates provided by ACM are free. For more information about using ACM, see the <a
 * href="https://docs.aws.amazon.com/acm/latest/userguide/">Certificate Manager User Guide</a> .
 *
 * <p>For more information about working with server certificates, see <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html">Working
 * with server certificates</a> in the <em>IAM User Guide</em> . This topic includes a list of AWS
 * services that can use the server certificates that you manage with IAM.
 *
 * <p>For information about the number of server certificates you can upload, see <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM and AWS STS
 * quotas</a> in the <em>IAM User Guide</em> .
 *
 * <p>Because the body of the public key certificate, private key, and the certificate chain can be
 * large, you should use POST rather than GET when calling <code>UploadServerCertificate</code> .
 * For information about setting up signatures and authorization through the API, see <a
 * href="https://docs.aws.amazon.com/general/latest/gr/signing_aws_api_requests.html">Signing AWS
 * API requests</a> in the <em>AWS General Reference</em> . For general information about using the
 * Query API with IAM, see <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/programming.html">Calling the API by
 * making HTTP query requests</a> in the <em>IAM User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IAM::ServerCertificate}.
 */
public final class ServerCertificate extends Resource<ServerCertificate> {
  private static final Schema SCHEMA = Schema.builder("AWS::IAM::ServerCertificate")
      .constrain("CertificateBody", Constraint.of().pattern("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+").minLength(1).maxLength(16384))
      .constrain("CertificateChain", Constraint.of().pattern("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+").minLength(1).maxLength(2097152))
      .constrain("Path", Constraint.of().pattern("(\\u002F)|(\\u002F[\\u0021-\\u007F]+\\u002F)").minLength(1).maxLength(512))
      .constrain("PrivateKey", Constraint.of().pattern("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+").minLength(1).maxLength(16384))
      .constrain("ServerCertificateName", Constraint.of().pattern("[\\w+=,.@-]+").minLength(1).maxLength(128))
      .refYields("ServerCertificateName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ServerCertificate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The contents of the public key certificate.
   *
   * <p>Changing it replaces the resource. Length: 1 to 16384 characters. Pattern: {@code
   * [&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u00FF]+}. CloudFormation property {@code
   * CertificateBody}.
   */
  public ServerCertificate certificateBody(String value) {
    return set("CertificateBody", Value.of(value));
  }

  /** Sets {@code CertificateBody} to this value; see {@link #certificateBody(String)}. */
  public ServerCertificate certificateBody(Value<String> value) {
    return set("CertificateBody", value);
  }

  /**
   * The contents of the public key certificate chain.
   *
   * <p>Changing it replaces the resource. Length: 1 to 2097152 characters. Pattern: {@code
   * [&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u00FF]+}. CloudFormation property {@code
   * CertificateChain}.
   */
  public ServerCertificate certificateChain(String value) {
    return set("CertificateChain", Value.of(value));
  }

  /** Sets {@code CertificateChain} to this value; see {@link #certificateChain(String)}. */
  public ServerCertificate certificateChain(Value<String> value) {
    return set("CertificateChain", value);
  }

  /**
   * The path for the server certificate. For more information about paths, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html">IAM
   * identifiers</a> in the <em>IAM User Guide</em> .
   *
   * <p>This parameter is optional. If it is not included, it defaults to a slash (/). This
   * parameter allows (through its <a
   * href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a> ) a string
   * of characters consisting of either a forward slash (/) by itself or a string that must begin
   * and end with forward slashes. In addition, it can contain any ASCII character from the ! (
   * <code>&#92;u0021</code> ) through the DEL character ( <code>&#92;u007F</code> ), including most
   * punctuation characters, digits, and upper and lowercased letters.
   *
   * <p>If you are uploading a server certificate specifically for use with Amazon CloudFront
   * distributions, you must specify a path using the <code>path</code> parameter. The path must
   * begin with <code>/cloudfront</code> and must include a trailing slash (for example,
   * <code>/cloudfront/test/</code> ).
   *
   * <p>Length: 1 to 512 characters. Pattern: {@code
   * (&#92;u002F)|(&#92;u002F[&#92;u0021-&#92;u007F]+&#92;u002F)}. CloudFormation property {@code
   * Path}.
   */
  public ServerCertificate path(String value) {
    return set("Path", Value.of(value));
  }

  /** Sets {@code Path} to this value; see {@link #path(String)}. */
  public ServerCertificate path(Value<String> value) {
    return set("Path", value);
  }

  /**
   * The contents of the private key in PEM-encoded format.
   *
   * <p>The <a href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a>
   * used to validate this parameter is a string of characters consisting of the following:
   *
   * <ul> <li>Any printable ASCII character ranging from the space character (
   * <code>&#92;u0020</code> ) through the end of the ASCII character range <li>The printable
   * characters in the Basic Latin and Latin-1 Supplement character set (through
   * <code>&#92;u00FF</code> ) <li>The special characters tab ( <code>&#92;u0009</code> ), line feed
   * ( <code>&#92;u000A</code> ), and carriage return ( <code>&#92;u000D</code> ) </ul>
   *
   * <p>Changing it replaces the resource. Length: 1 to 16384 characters. Pattern: {@code
   * [&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u00FF]+}. CloudFormation property {@code
   * PrivateKey}.
   */
  public ServerCertificate privateKey(String value) {
    return set("PrivateKey", Value.of(value));
  }

  /** Sets {@code PrivateKey} to this value; see {@link #privateKey(String)}. */
  public ServerCertificate privateKey(Value<String> value) {
    return set("PrivateKey", value);
  }

  /**
   * The name for the server certificate. Do not include the path in this value. The name of the
   * certificate cannot contain any spaces.
   *
   * <p>This parameter allows (through its <a
   * href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a> ) a string
   * of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can
   * also include any of the following characters: _+=,.&#64;-
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [&#92;w+=,.&#64;-]+}. CloudFormation property {@code ServerCertificateName}.
   */
  public ServerCertificate serverCertificateName(String value) {
    return set("ServerCertificateName", Value.of(value));
  }

  /**
   * Sets {@code ServerCertificateName} to this value; see {@link #serverCertificateName(String)}.
   */
  public ServerCertificate serverCertificateName(Value<String> value) {
    return set("ServerCertificateName", value);
  }

  /**
   * A list of tags that are attached to the server certificate. For more information about tagging,
   * see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html">Tagging IAM
   * resources</a> in the <em>IAM User Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ServerCertificate tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ServerCertificate tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ServerCertificate tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the Amazon Resource Name (ARN) for the specified
   * <code>AWS::IAM::ServerCertificate</code> resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}

// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.smsvoice;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::SMSVOICE::RegistrationAttachment
 *
 * <p>CloudFormation type {@code AWS::SMSVOICE::RegistrationAttachment}.
 */
public final class RegistrationAttachment extends Resource<RegistrationAttachment> {
  private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::RegistrationAttachment")
      .constrain("AttachmentBody", Constraint.of().minLength(1))
      .constrain("AttachmentUrl", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(2048))
      .refYields("RegistrationAttachmentArn")
      .attributes("AttachmentStatus", "CreatedTimestamp", "RegistrationAttachmentArn",
          "RegistrationAttachmentId", "UploadedAttachmentUrl")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RegistrationAttachment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The registration file to upload. The maximum file size is 1500KB and valid file extensions are
   * PDF, JPEG and PNG.
   *
   * <p>Changing it replaces the resource. Length: at least 1 characters. CloudFormation property
   * {@code AttachmentBody}.
   */
  public RegistrationAttachment attachmentBody(String value) {
    return set("AttachmentBody", Value.of(value));
  }

  /** Sets {@code AttachmentBody} to this value; see {@link #attachmentBody(String)}. */
  public RegistrationAttachment attachmentBody(Value<String> value) {
    return set("AttachmentBody", value);
  }

  /**
   * A URL to the required registration file. For example, the URL to an MMS/shortcode form.
   *
   * <p>Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code ^&#92;S+$}.
   * CloudFormation property {@code AttachmentUrl}.
   */
  public RegistrationAttachment attachmentUrl(String value) {
    return set("AttachmentUrl", Value.of(value));
  }

  /** Sets {@code AttachmentUrl} to this value; see {@link #attachmentUrl(String)}. */
  public RegistrationAttachment attachmentUrl(Value<String> value) {
    return set("AttachmentUrl", value);
  }

  /**
   * An array of tags (key and value pairs) to associate with the registration attachment.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RegistrationAttachment tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RegistrationAttachment tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RegistrationAttachment tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The status of the registration attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AttachmentStatus}.
   */
  public Value<String> attachmentStatus() {
    return getAtt("AttachmentStatus");
  }

  /**
   * The time when the registration attachment was created, in UNIX epoch time format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTimestamp}.
   */
  public Value<String> createdTimestamp() {
    return getAtt("CreatedTimestamp");
  }

  /**
   * The Amazon Resource Name (ARN) for the registration attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RegistrationAttachmentArn}.
   */
  public Value<String> registrationAttachmentArn() {
    return getAtt("RegistrationAttachmentArn");
  }

  /**
   * The unique identifier for the registration attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RegistrationAttachmentId}.
   */
  public Value<String> registrationAttachmentId() {
    return getAtt("RegistrationAttachmentId");
  }

  /**
   * The URL to the document that was uploaded as the registration attachment, as returned by the
   * service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UploadedAttachmentUrl}.
   */
  public Value<String> uploadedAttachmentUrl() {
    return getAtt("UploadedAttachmentUrl");
  }
}

// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.workspacesweb;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * This resource specifies a trust store that can be associated with a web portal. A trust store
 * contains certificate authority (CA) certificates. Once associated with a web portal, the browser
 * in a streaming session will recognize certificates that have been issued using any of the CAs in
 * the trust store. If your organization has internal websites that use certificates issued by
 * private CAs, you should add the private CA certificate to the trust store.
 *
 * <p>CloudFormation type {@code AWS::WorkSpacesWeb::TrustStore}.
 */
public final class TrustStore extends Resource<TrustStore> {
  private static final Schema SCHEMA = Schema.builder("AWS::WorkSpacesWeb::TrustStore")
      .required("CertificateList")
      .refYields("TrustStoreArn")
      .attributes("AssociatedPortalArns", "TrustStoreArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TrustStore(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of CA certificates to be added to the trust store.
   *
   * <p>Required. CloudFormation property {@code CertificateList}.
   */
  public TrustStore certificateList(List<String> value) {
    return set("CertificateList", Value.listOf(value));
  }

  /** Sets {@code CertificateList} to this value; see {@link #certificateList(List)}. */
  public TrustStore certificateList(Value<List<String>> value) {
    return set("CertificateList", value);
  }

  /**
   * The tags to add to the trust store. A tag is a key-value pair.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TrustStore tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TrustStore tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TrustStore tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A list of web portal ARNs that this trust store is associated with.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociatedPortalArns}.
   */
  public Value<List<String>> associatedPortalArns() {
    return getAtt("AssociatedPortalArns");
  }

  /**
   * The ARN of the trust store.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TrustStoreArn}.
   */
  public Value<String> trustStoreArn() {
    return getAtt("TrustStoreArn");
  }
}

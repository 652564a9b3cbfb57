// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.eks;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Resource Type definition for EKS CertificateAuthority.
 *
 * <p>CloudFormation type {@code AWS::EKS::CertificateAuthority}.
 */
public final class CertificateAuthority extends Resource<CertificateAuthority> {
  private static final Schema SCHEMA = Schema.builder("AWS::EKS::CertificateAuthority")
      .required("ClusterName")
      .constrain("ClusterName", Constraint.of().minLength(1).maxLength(100))
      .attributes("ActivatedAt", "ActivatedBy", "CreatedAt", "CreatedBy", "Data",
          "DistributionStatus", "Id", "RollbackAvailable", "ScheduledEvents",
          "ScheduledEvents.FinalAutoActivation", "ScheduledEvents.FirstAutoActivation",
          "SigningStatus", "Validity", "Validity.NotAfter", "Validity.NotBefore")
      .build();

  public CertificateAuthority(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the EKS cluster that the certificate authority belongs to.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. CloudFormation
   * property {@code ClusterName}.
   */
  public CertificateAuthority clusterName(String value) {
    return set("ClusterName", Value.of(value));
  }

  /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
  public CertificateAuthority clusterName(Value<String> value) {
    return set("ClusterName", value);
  }

  /**
   * The timestamp when the certificate authority was activated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ActivatedAt}.
   */
  public Value<String> activatedAt() {
    return getAtt("ActivatedAt");
  }

  /**
   * The entity that activated the certificate authority.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ActivatedBy}.
   */
  public Value<String> activatedBy() {
    return getAtt("ActivatedBy");
  }

  /**
   * The timestamp when the certificate authority was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The entity that created the certificate authority.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy}.
   */
  public Value<String> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * The Base64 encoded certificate authority data.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Data}.
   */
  public Value<String> data() {
    return getAtt("Data");
  }

  /**
   * The distribution status of the certificate authority.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DistributionStatus}.
   */
  public Value<String> distributionStatus() {
    return getAtt("DistributionStatus");
  }

  /**
   * The unique identifier of the certificate authority.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Whether activation of this certificate authority can still be rolled back.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RollbackAvailable}.
   */
  public Value<Boolean> rollbackAvailable() {
    return getAtt("RollbackAvailable");
  }

  /**
   * The scheduled auto-activation events for the certificate authority, computed from its validity
   * window.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ScheduledEvents}.
   */
  public Value<ScheduledEvents> scheduledEvents() {
    return getAtt("ScheduledEvents");
  }

  /**
   * The deadline by which EKS will auto-activate this certificate authority (notAfter minus 45
   * days).
   *
   * <p>{@code Fn::GetAtt} attribute {@code ScheduledEvents.FinalAutoActivation}.
   */
  public Value<String> scheduledEventsFinalAutoActivation() {
    return getAtt("ScheduledEvents.FinalAutoActivation");
  }

  /**
   * The earliest date EKS may auto-activate this certificate authority (notAfter minus 6 months).
   *
   * <p>{@code Fn::GetAtt} attribute {@code ScheduledEvents.FirstAutoActivation}.
   */
  public Value<String> scheduledEventsFirstAutoActivation() {
    return getAtt("ScheduledEvents.FirstAutoActivation");
  }

  /**
   * The signing status of the certificate authority.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SigningStatus}.
   */
  public Value<String> signingStatus() {
    return getAtt("SigningStatus");
  }

  /**
   * The validity period of the certificate authority.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Validity}.
   */
  public Value<Validity> validity() {
    return getAtt("Validity");
  }

  /**
   * The end of the validity period for the certificate authority.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Validity.NotAfter}.
   */
  public Value<String> validityNotAfter() {
    return getAtt("Validity.NotAfter");
  }

  /**
   * The start of the validity period for the certificate authority.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Validity.NotBefore}.
   */
  public Value<String> validityNotBefore() {
    return getAtt("Validity.NotBefore");
  }

  /**
   * The scheduled auto-activation events for the certificate authority, computed from its validity
   * window.
   *
   * <p>Property type {@code AWS::EKS::CertificateAuthority.ScheduledEvents}.
   */
  public static final class ScheduledEvents extends Struct<ScheduledEvents> {
    private static final Schema SCHEMA = Schema.of("AWS::EKS::CertificateAuthority.ScheduledEvents");

    public ScheduledEvents() {
      super(SCHEMA);
    }

    /**
     * The deadline by which EKS will auto-activate this certificate authority (notAfter minus 45
     * days).
     *
     * <p>CloudFormation property {@code FinalAutoActivation}.
     */
    public ScheduledEvents finalAutoActivation(String value) {
      return set("FinalAutoActivation", Value.of(value));
    }

    /** Sets {@code FinalAutoActivation} to this value; see {@link #finalAutoActivation(String)}. */
    public ScheduledEvents finalAutoActivation(Value<String> value) {
      return set("FinalAutoActivation", value);
    }

    /**
     * The earliest date EKS may auto-activate this certificate authority (notAfter minus 6 months).
     *
     * <p>CloudFormation property {@code FirstAutoActivation}.
     */
    public ScheduledEvents firstAutoActivation(String value) {
      return set("FirstAutoActivation", Value.of(value));
    }

    /** Sets {@code FirstAutoActivation} to this value; see {@link #firstAutoActivation(String)}. */
    public ScheduledEvents firstAutoActivation(Value<String> value) {
      return set("FirstAutoActivation", value);
    }
  }

  /**
   * The validity period of the certificate authority.
   *
   * <p>Property type {@code AWS::EKS::CertificateAuthority.Validity}.
   */
  public static final class Validity extends Struct<Validity> {
    private static final Schema SCHEMA = Schema.of("AWS::EKS::CertificateAuthority.Validity");

    public Validity() {
      super(SCHEMA);
    }

    /**
     * The end of the validity period for the certificate authority.
     *
     * <p>CloudFormation property {@code NotAfter}.
     */
    public Validity notAfter(String value) {
      return set("NotAfter", Value.of(value));
    }

    /** Sets {@code NotAfter} to this value; see {@link #notAfter(String)}. */
    public Validity notAfter(Value<String> value) {
      return set("NotAfter", value);
    }

    /**
     * The start of the validity period for the certificate authority.
     *
     * <p>CloudFormation property {@code NotBefore}.
     */
    public Validity notBefore(String value) {
      return set("NotBefore", Value.of(value));
    }

    /** Sets {@code NotBefore} to this value; see {@link #notBefore(String)}. */
    public Validity notBefore(Value<String> value) {
      return set("NotBefore", value);
    }
  }
}

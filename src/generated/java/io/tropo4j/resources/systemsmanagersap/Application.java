// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.systemsmanagersap;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * An SAP application registered with AWS Systems Manager for SAP.
 *
 * <p>CloudFormation type {@code AWS::SystemsManagerSAP::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::SystemsManagerSAP::Application")
      .required("ApplicationId", "ApplicationType")
      .constrain("ApplicationId", Constraint.of().pattern("[\\w\\d\\.-]{1,60}"))
      .allowed("ApplicationType", "HANA", "SAP_ABAP")
      .constrain("DatabaseArn", Constraint.of().pattern("^arn:(.+:){2,4}.+$|^arn:(.+:){1,3}.+\\/.+$"))
      .constrain("Instances", Constraint.of().pattern("^i-[\\w\\d]{8}$|^i-[\\w\\d]{17}$"))
      .constrain("SapInstanceNumber", Constraint.of().pattern("[0-9]{2}"))
      .constrain("Sid", Constraint.of().pattern("[A-Z][A-Z0-9]{2}"))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the application.
   *
   * <p>Required. Pattern: {@code [&#92;w&#92;d&#92;.-]{1,60}}. CloudFormation property {@code
   * ApplicationId}.
   */
  public Application applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public Application applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * The type of the application.
   *
   * <p>Required. Allowed values: {@code HANA}, {@code SAP_ABAP}. CloudFormation property {@code
   * ApplicationType}.
   */
  public Application applicationType(String value) {
    return set("ApplicationType", Value.of(value));
  }

  /** Sets {@code ApplicationType} to this value; see {@link #applicationType(String)}. */
  public Application applicationType(Value<String> value) {
    return set("ApplicationType", value);
  }

  /**
   * This is an optional parameter for component details to which the SAP ABAP application is
   * attached, such as Web Dispatcher.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ComponentsInfo}.
   */
  public Application componentsInfo(List<ComponentInfo> value) {
    return set("ComponentsInfo", Value.listOf(value));
  }

  /** Sets {@code ComponentsInfo} to this value; see {@link #componentsInfo(List)}. */
  public Application componentsInfo(Value<List<ComponentInfo>> value) {
    return set("ComponentsInfo", value);
  }

  /** Sets {@code ComponentsInfo} to a list of these; see {@link #componentsInfo(List)}. */
  public Application componentsInfo(ComponentInfo... values) {
    return set("ComponentsInfo", Value.list(values));
  }

  /**
   * The credentials of the SAP application.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Credentials}.
   */
  public Application credentials(List<Credential> value) {
    return set("Credentials", Value.listOf(value));
  }

  /** Sets {@code Credentials} to this value; see {@link #credentials(List)}. */
  public Application credentials(Value<List<Credential>> value) {
    return set("Credentials", value);
  }

  /** Sets {@code Credentials} to a list of these; see {@link #credentials(List)}. */
  public Application credentials(Credential... values) {
    return set("Credentials", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the database.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^arn:(.+:){2,4}.+$|^arn:(.+:){1,3}.+&#92;/.+$}. CloudFormation property {@code DatabaseArn}.
   */
  public Application databaseArn(String value) {
    return set("DatabaseArn", Value.of(value));
  }

  /** Sets {@code DatabaseArn} to this value; see {@link #databaseArn(String)}. */
  public Application databaseArn(Value<String> value) {
    return set("DatabaseArn", value);
  }

  /**
   * The Amazon EC2 instances on which your SAP application is running.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^i-[&#92;w&#92;d]{8}$|^i-[&#92;w&#92;d]{17}$}. CloudFormation property {@code Instances}.
   */
  public Application instances(List<String> value) {
    return set("Instances", Value.listOf(value));
  }

  /** Sets {@code Instances} to this value; see {@link #instances(List)}. */
  public Application instances(Value<List<String>> value) {
    return set("Instances", value);
  }

  /**
   * The SAP instance number of the application.
   *
   * <p>Changing it replaces the resource. Pattern: {@code [0-9]{2}}. CloudFormation property {@code
   * SapInstanceNumber}.
   */
  public Application sapInstanceNumber(String value) {
    return set("SapInstanceNumber", Value.of(value));
  }

  /** Sets {@code SapInstanceNumber} to this value; see {@link #sapInstanceNumber(String)}. */
  public Application sapInstanceNumber(Value<String> value) {
    return set("SapInstanceNumber", value);
  }

  /**
   * The System ID of the application.
   *
   * <p>Changing it replaces the resource. Pattern: {@code [A-Z][A-Z0-9]{2}}. CloudFormation
   * property {@code Sid}.
   */
  public Application sid(String value) {
    return set("Sid", Value.of(value));
  }

  /** Sets {@code Sid} to this value; see {@link #sid(String)}. */
  public Application sid(Value<String> value) {
    return set("Sid", value);
  }

  /**
   * The tags on the application.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Application tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Application tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Application tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name of the SAP application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * This is information about the component of your SAP application, such as Web Dispatcher.
   *
   * <p>Property type {@code AWS::SystemsManagerSAP::Application.ComponentInfo}.
   */
  public static final class ComponentInfo extends Struct<ComponentInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::SystemsManagerSAP::Application.ComponentInfo")
        .allowed("ComponentType", "HANA", "HANA_NODE", "ABAP", "ASCS", "DIALOG", "WEBDISP", "WD",
            "ERS")
        .constrain("Ec2InstanceId", Constraint.of().pattern("^i-[\\w\\d]{8}$|^i-[\\w\\d]{17}$"))
        .constrain("Sid", Constraint.of().pattern("[A-Z][A-Z0-9]{2}"))
        .build();

    public ComponentInfo() {
      super(SCHEMA);
    }

    /**
     * This string is the type of the component.
     *
     * <p>Accepted value is <code>WD</code> .
     *
     * <p>Allowed values: {@code HANA}, {@code HANA_NODE}, {@code ABAP}, {@code ASCS}, {@code
     * DIALOG}, {@code WEBDISP}, {@code WD}, {@code ERS}. CloudFormation property {@code
     * ComponentType}.
     */
    public ComponentInfo componentType(String value) {
      return set("ComponentType", Value.of(value));
    }

    /** Sets {@code ComponentType} to this value; see {@link #componentType(String)}. */
    public ComponentInfo componentType(Value<String> value) {
      return set("ComponentType", value);
    }

    /**
     * This is the Amazon EC2 instance on which your SAP component is running.
     *
     * <p>Accepted values are alphanumeric.
     *
     * <p>Pattern: {@code ^i-[&#92;w&#92;d]{8}$|^i-[&#92;w&#92;d]{17}$}. CloudFormation property
     * {@code Ec2InstanceId}.
     */
    public ComponentInfo ec2InstanceId(String value) {
      return set("Ec2InstanceId", Value.of(value));
    }

    /** Sets {@code Ec2InstanceId} to this value; see {@link #ec2InstanceId(String)}. */
    public ComponentInfo ec2InstanceId(Value<String> value) {
      return set("Ec2InstanceId", value);
    }

    /**
     * This string is the SAP System ID of the component.
     *
     * <p>Accepted values are alphanumeric.
     *
     * <p>Pattern: {@code [A-Z][A-Z0-9]{2}}. CloudFormation property {@code Sid}.
     */
    public ComponentInfo sid(String value) {
      return set("Sid", Value.of(value));
    }

    /** Sets {@code Sid} to this value; see {@link #sid(String)}. */
    public ComponentInfo sid(Value<String> value) {
      return set("Sid", value);
    }
  }

  /**
   * The credentials of your SAP application.
   *
   * <p>Property type {@code AWS::SystemsManagerSAP::Application.Credential}.
   */
  public static final class Credential extends Struct<Credential> {
    private static final Schema SCHEMA = Schema.builder("AWS::SystemsManagerSAP::Application.Credential")
        .allowed("CredentialType", "ADMIN")
        .constrain("DatabaseName", Constraint.of().pattern("^(?=.{1,100}$).*"))
        .constrain("SecretId", Constraint.of().pattern("^(?=.{1,100}$).*"))
        .build();

    public Credential() {
      super(SCHEMA);
    }

    /**
     * The type of the application credentials.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code ADMIN}. CloudFormation property
     * {@code CredentialType}.
     */
    public Credential credentialType(String value) {
      return set("CredentialType", Value.of(value));
    }

    /** Sets {@code CredentialType} to this value; see {@link #credentialType(String)}. */
    public Credential credentialType(Value<String> value) {
      return set("CredentialType", value);
    }

    /**
     * The name of the SAP HANA database.
     *
     * <p>Changing it replaces the resource. Pattern: {@code ^(?=.{1,100}$).*}. CloudFormation
     * property {@code DatabaseName}.
     */
    public Credential databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public Credential databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The secret ID created in AWS Secrets Manager to store the credentials of the SAP application.
     *
     * <p>Changing it replaces the resource. Pattern: {@code ^(?=.{1,100}$).*}. CloudFormation
     * property {@code SecretId}.
     */
    public Credential secretId(String value) {
      return set("SecretId", Value.of(value));
    }

    /** Sets {@code SecretId} to this value; see {@link #secretId(String)}. */
    public Credential secretId(Value<String> value) {
      return set("SecretId", value);
    }
  }
}

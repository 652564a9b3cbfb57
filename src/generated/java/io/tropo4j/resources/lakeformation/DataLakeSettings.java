// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lakeformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::LakeFormation::DataLakeSettings</code> resource is an AWS Lake Formation resource
 * type that manages the data lake settings for your account.
 *
 * <p>CloudFormation type {@code AWS::LakeFormation::DataLakeSettings}.
 */
public final class DataLakeSettings extends Resource<DataLakeSettings> {
  private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::DataLakeSettings")
      .constrain("Parameters", Constraint.of().format("json"))
      .refYields("Id")
      .attributes("Id")
      .build();

  public DataLakeSettings(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of AWS Lake Formation principals.
   *
   * <p>CloudFormation property {@code Admins}.
   */
  public DataLakeSettings admins(List<DataLakePrincipal> value) {
    return set("Admins", Value.listOf(value));
  }

  /** Sets {@code Admins} to this value; see {@link #admins(List)}. */
  public DataLakeSettings admins(Value<List<DataLakePrincipal>> value) {
    return set("Admins", value);
  }

  /** Sets {@code Admins} to a list of these; see {@link #admins(List)}. */
  public DataLakeSettings admins(DataLakePrincipal... values) {
    return set("Admins", Value.list(values));
  }

  /**
   * Whether to allow Amazon EMR clusters or other third-party query engines to access data managed
   * by Lake Formation .
   *
   * <p>If set to true, you allow Amazon EMR clusters or other third-party engines to access data in
   * Amazon S3 locations that are registered with Lake Formation .
   *
   * <p>If false or null, no third-party query engines will be able to access data in Amazon S3
   * locations that are registered with Lake Formation.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/lake-formation/latest/dg/initial-LF-setup.html#external-data-filter">External
   * data filtering setting</a> .
   *
   * <p>CloudFormation property {@code AllowExternalDataFiltering}.
   */
  public DataLakeSettings allowExternalDataFiltering(boolean value) {
    return set("AllowExternalDataFiltering", Value.of(value));
  }

  /**
   * Sets {@code AllowExternalDataFiltering} to this value; see {@link
   * #allowExternalDataFiltering(boolean)}.
   */
  public DataLakeSettings allowExternalDataFiltering(Value<Boolean> value) {
    return set("AllowExternalDataFiltering", value);
  }

  /**
   * Specifies whether query engines and applications can get credentials without IAM session tags
   * if the user has full table access. It provides query engines and applications performance
   * benefits as well as simplifies data access. Amazon EMR on Amazon EC2 is able to leverage this
   * setting.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/lake-formation/latest/dg/using-cred-vending.html"></a>
   *
   * <p>CloudFormation property {@code AllowFullTableExternalDataAccess}.
   */
  public DataLakeSettings allowFullTableExternalDataAccess(boolean value) {
    return set("AllowFullTableExternalDataAccess", Value.of(value));
  }

  /**
   * Sets {@code AllowFullTableExternalDataAccess} to this value; see {@link
   * #allowFullTableExternalDataAccess(boolean)}.
   */
  public DataLakeSettings allowFullTableExternalDataAccess(Value<Boolean> value) {
    return set("AllowFullTableExternalDataAccess", value);
  }

  /**
   * Lake Formation relies on a privileged process secured by Amazon EMR or the third party
   * integrator to tag the user's role while assuming it. Lake Formation will publish the acceptable
   * key-value pair, for example key = "LakeFormationTrustedCaller" and value = "TRUE" and the third
   * party integrator must properly tag the temporary security credentials that will be used to call
   * Lake Formation 's administrative API operations.
   *
   * <p>CloudFormation property {@code AuthorizedSessionTagValueList}.
   */
  public DataLakeSettings authorizedSessionTagValueList(List<String> value) {
    return set("AuthorizedSessionTagValueList", Value.listOf(value));
  }

  /**
   * Sets {@code AuthorizedSessionTagValueList} to this value; see {@link
   * #authorizedSessionTagValueList(List)}.
   */
  public DataLakeSettings authorizedSessionTagValueList(Value<List<String>> value) {
    return set("AuthorizedSessionTagValueList", value);
  }

  /**
   * Specifies whether access control on a newly created database is managed by Lake Formation
   * permissions or exclusively by IAM permissions.
   *
   * <p>A null value indicates that the access is controlled by Lake Formation permissions.
   * <code>ALL</code> permissions assigned to <code>IAM_ALLOWED_PRINCIPALS</code> group indicates
   * that the user's IAM permissions determine the access to the database. This is referred to as
   * the setting "Use only IAM access control," and is to support backward compatibility with the
   * AWS Glue permission model implemented by IAM permissions.
   *
   * <p>The only permitted values are an empty array or an array that contains a single JSON object
   * that grants <code>ALL</code> to <code>IAM_ALLOWED_PRINCIPALS</code> .
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/lake-formation/latest/dg/change-settings.html">Changing the
   * default security settings for your data lake</a> .
   *
   * <p>CloudFormation property {@code CreateDatabaseDefaultPermissions}.
   */
  public DataLakeSettings createDatabaseDefaultPermissions(List<PrincipalPermissions> value) {
    return set("CreateDatabaseDefaultPermissions", Value.listOf(value));
  }

  /**
   * Sets {@code CreateDatabaseDefaultPermissions} to this value; see {@link
   * #createDatabaseDefaultPermissions(List)}.
   */
  public DataLakeSettings createDatabaseDefaultPermissions(Value<List<PrincipalPermissions>> value) {
    return set("CreateDatabaseDefaultPermissions", value);
  }

  /**
   * Sets {@code CreateDatabaseDefaultPermissions} to a list of these; see {@link
   * #createDatabaseDefaultPermissions(List)}.
   */
  public DataLakeSettings createDatabaseDefaultPermissions(PrincipalPermissions... values) {
    return set("CreateDatabaseDefaultPermissions", Value.list(values));
  }

  /**
   * Specifies whether access control on a newly created table is managed by Lake Formation
   * permissions or exclusively by IAM permissions.
   *
   * <p>A null value indicates that the access is controlled by Lake Formation permissions.
   * <code>ALL</code> permissions assigned to <code>IAM_ALLOWED_PRINCIPALS</code> group indicate
   * that the user's IAM permissions determine the access to the table. This is referred to as the
   * setting "Use only IAM access control," and is to support the backward compatibility with the
   * AWS Glue permission model implemented by IAM permissions.
   *
   * <p>The only permitted values are an empty array or an array that contains a single JSON object
   * that grants <code>ALL</code> permissions to <code>IAM_ALLOWED_PRINCIPALS</code> .
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/lake-formation/latest/dg/change-settings.html">Changing the
   * default security settings for your data lake</a> .
   *
   * <p>CloudFormation property {@code CreateTableDefaultPermissions}.
   */
  public DataLakeSettings createTableDefaultPermissions(List<PrincipalPermissions> value) {
    return set("CreateTableDefaultPermissions", Value.listOf(value));
  }

  /**
   * Sets {@code CreateTableDefaultPermissions} to this value; see {@link
   * #createTableDefaultPermissions(List)}.
   */
  public DataLakeSettings createTableDefaultPermissions(Value<List<PrincipalPermissions>> value) {
    return set("CreateTableDefaultPermissions", value);
  }

  /**
   * Sets {@code CreateTableDefaultPermissions} to a list of these; see {@link
   * #createTableDefaultPermissions(List)}.
   */
  public DataLakeSettings createTableDefaultPermissions(PrincipalPermissions... values) {
    return set("CreateTableDefaultPermissions", Value.list(values));
  }

  /**
   * A list of the account IDs of AWS accounts with Amazon EMR clusters or third-party engines that
   * are allwed to perform data filtering.
   *
   * <p>CloudFormation property {@code ExternalDataFilteringAllowList}.
   */
  public DataLakeSettings externalDataFilteringAllowList(List<DataLakePrincipal> value) {
    return set("ExternalDataFilteringAllowList", Value.listOf(value));
  }

  /**
   * Sets {@code ExternalDataFilteringAllowList} to this value; see {@link
   * #externalDataFilteringAllowList(List)}.
   */
  public DataLakeSettings externalDataFilteringAllowList(Value<List<DataLakePrincipal>> value) {
    return set("ExternalDataFilteringAllowList", value);
  }

  /**
   * Sets {@code ExternalDataFilteringAllowList} to a list of these; see {@link
   * #externalDataFilteringAllowList(List)}.
   */
  public DataLakeSettings externalDataFilteringAllowList(DataLakePrincipal... values) {
    return set("ExternalDataFilteringAllowList", Value.list(values));
  }

  /**
   * Specifies whether the data lake settings are updated by adding new values to the current
   * settings ( <code>APPEND</code> ) or by replacing the current settings with new settings (
   * <code>REPLACE</code> ).
   *
   * <p>If you choose <code>REPLACE</code> , your current data lake settings will be replaced with
   * the new values in your template.
   *
   * <p>CloudFormation property {@code MutationType}.
   */
  public DataLakeSettings mutationType(String value) {
    return set("MutationType", Value.of(value));
  }

  /** Sets {@code MutationType} to this value; see {@link #mutationType(String)}. */
  public DataLakeSettings mutationType(Value<String> value) {
    return set("MutationType", value);
  }

  /**
   * A key-value map that provides an additional configuration on your data lake.
   * <code>CrossAccountVersion</code> is the key you can configure in the <code>Parameters</code>
   * field. Accepted values for the <code>CrossAccountVersion</code> key are 1, 2, 3, and 4.
   *
   * <p>Format: {@code json}. CloudFormation property {@code Parameters}.
   */
  public DataLakeSettings parameters(Value<Json> value) {
    return set("Parameters", value);
  }

  /** CloudFormation property {@code ReadOnlyAdmins}. */
  public DataLakeSettings readOnlyAdmins(List<DataLakePrincipal> value) {
    return set("ReadOnlyAdmins", Value.listOf(value));
  }

  /** Sets {@code ReadOnlyAdmins} to this value; see {@link #readOnlyAdmins(List)}. */
  public DataLakeSettings readOnlyAdmins(Value<List<DataLakePrincipal>> value) {
    return set("ReadOnlyAdmins", value);
  }

  /** Sets {@code ReadOnlyAdmins} to a list of these; see {@link #readOnlyAdmins(List)}. */
  public DataLakeSettings readOnlyAdmins(DataLakePrincipal... values) {
    return set("ReadOnlyAdmins", Value.list(values));
  }

  /**
   * An array of UTF-8 strings.
   *
   * <p>A list of the resource-owning account IDs that the caller's account can use to share their
   * user access details (user ARNs). The user ARNs can be logged in the resource owner's CloudTrail
   * log. You may want to specify this property when you are in a high-trust boundary, such as the
   * same team or company.
   *
   * <p>CloudFormation property {@code TrustedResourceOwners}.
   */
  public DataLakeSettings trustedResourceOwners(List<String> value) {
    return set("TrustedResourceOwners", Value.listOf(value));
  }

  /** Sets {@code TrustedResourceOwners} to this value; see {@link #trustedResourceOwners(List)}. */
  public DataLakeSettings trustedResourceOwners(Value<List<String>> value) {
    return set("TrustedResourceOwners", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The Lake Formation principal.
   *
   * <p>Property type {@code AWS::LakeFormation::DataLakeSettings.DataLakePrincipal}.
   */
  public static final class DataLakePrincipal extends Struct<DataLakePrincipal> {
    private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::DataLakeSettings.DataLakePrincipal")
        .required("DataLakePrincipalIdentifier")
        .build();

    public DataLakePrincipal() {
      super(SCHEMA);
    }

    /**
     * An identifier for the Lake Formation principal.
     *
     * <p>Required. CloudFormation property {@code DataLakePrincipalIdentifier}.
     */
    public DataLakePrincipal dataLakePrincipalIdentifier(String value) {
      return set("DataLakePrincipalIdentifier", Value.of(value));
    }

    /**
     * Sets {@code DataLakePrincipalIdentifier} to this value; see {@link
     * #dataLakePrincipalIdentifier(String)}.
     */
    public DataLakePrincipal dataLakePrincipalIdentifier(Value<String> value) {
      return set("DataLakePrincipalIdentifier", value);
    }
  }

  /**
   * Permissions granted to a principal.
   *
   * <p>Property type {@code AWS::LakeFormation::DataLakeSettings.PrincipalPermissions}.
   */
  public static final class PrincipalPermissions extends Struct<PrincipalPermissions> {
    private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::DataLakeSettings.PrincipalPermissions")
        .required("Permissions", "Principal")
        .build();

    public PrincipalPermissions() {
      super(SCHEMA);
    }

    /**
     * The permissions that are granted to the principal.
     *
     * <p>Required. CloudFormation property {@code Permissions}.
     */
    public PrincipalPermissions permissions(List<String> value) {
      return set("Permissions", Value.listOf(value));
    }

    /** Sets {@code Permissions} to this value; see {@link #permissions(List)}. */
    public PrincipalPermissions permissions(Value<List<String>> value) {
      return set("Permissions", value);
    }

    /**
     * The principal who is granted permissions.
     *
     * <p>Required. CloudFormation property {@code Principal}.
     */
    public PrincipalPermissions principal(Value<DataLakePrincipal> value) {
      return set("Principal", value);
    }
  }
}

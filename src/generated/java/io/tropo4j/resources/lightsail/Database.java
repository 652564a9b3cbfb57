// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lightsail;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Lightsail::Database</code> resource specifies an Amazon Lightsail database.
 *
 * <p>CloudFormation type {@code AWS::Lightsail::Database}.
 */
public final class Database extends Resource<Database> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Database")
      .required("MasterDatabaseName", "MasterUsername", "RelationalDatabaseBlueprintId",
          "RelationalDatabaseBundleId", "RelationalDatabaseName")
      .constrain("AvailabilityZone", Constraint.of().minLength(1).maxLength(255))
      .constrain("MasterDatabaseName", Constraint.of().minLength(1).maxLength(255))
      .constrain("MasterUserPassword", Constraint.of().minLength(1).maxLength(63))
      .constrain("MasterUsername", Constraint.of().minLength(1).maxLength(63))
      .constrain("RelationalDatabaseBlueprintId", Constraint.of().minLength(1).maxLength(255))
      .constrain("RelationalDatabaseBundleId", Constraint.of().minLength(1).maxLength(255))
      .constrain("RelationalDatabaseName", Constraint.of().pattern("\\w[\\w\\-]*\\w").minLength(2).maxLength(255))
      .refYields("RelationalDatabaseName")
      .attributes("DatabaseArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Database(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Availability Zone for the database.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code AvailabilityZone}.
   */
  public Database availabilityZone(String value) {
    return set("AvailabilityZone", Value.of(value));
  }

  /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
  public Database availabilityZone(Value<String> value) {
    return set("AvailabilityZone", value);
  }

  /**
   * A Boolean value indicating whether automated backup retention is enabled for the database. Data
   * Import Mode is enabled when <code>BackupRetention</code> is set to <code>false</code> , and is
   * disabled when <code>BackupRetention</code> is set to <code>true</code> .
   *
   * <p>CloudFormation property {@code BackupRetention}.
   */
  public Database backupRetention(boolean value) {
    return set("BackupRetention", Value.of(value));
  }

  /** Sets {@code BackupRetention} to this value; see {@link #backupRetention(boolean)}. */
  public Database backupRetention(Value<Boolean> value) {
    return set("BackupRetention", value);
  }

  /**
   * The certificate associated with the database.
   *
   * <p>CloudFormation property {@code CaCertificateIdentifier}.
   */
  public Database caCertificateIdentifier(String value) {
    return set("CaCertificateIdentifier", Value.of(value));
  }

  /**
   * Sets {@code CaCertificateIdentifier} to this value; see {@link
   * #caCertificateIdentifier(String)}.
   */
  public Database caCertificateIdentifier(Value<String> value) {
    return set("CaCertificateIdentifier", value);
  }

  /**
   * The meaning of this parameter differs according to the database engine you use.
   *
   * <p><em>MySQL</em>
   *
   * <p>The name of the database to create when the Lightsail database resource is created. If this
   * parameter isn't specified, no database is created in the database resource.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must contain 1-64 letters or numbers. <li>Must begin with a letter. Subsequent
   * characters can be letters, underscores, or numbers (0-9). <li>Can't be a word reserved by the
   * specified database engine. </ul>
   *
   * <p>For more information about reserved words in MySQL, see the Keywords and Reserved Words
   * articles for <a
   * href="https://docs.aws.amazon.com/https://dev.mysql.com/doc/refman/5.6/en/keywords.html">MySQL
   * 5.6</a> , <a
   * href="https://docs.aws.amazon.com/https://dev.mysql.com/doc/refman/5.7/en/keywords.html">MySQL
   * 5.7</a> , and <a
   * href="https://docs.aws.amazon.com/https://dev.mysql.com/doc/refman/8.0/en/keywords.html">MySQL
   * 8.0</a> .
   *
   * <p><em>PostgreSQL</em>
   *
   * <p>The name of the database to create when the Lightsail database resource is created. If this
   * parameter isn't specified, a database named <code>postgres</code> is created in the database
   * resource.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must contain 1-63 letters or numbers. <li>Must begin with a letter. Subsequent
   * characters can be letters, underscores, or numbers (0-9). <li>Can't be a word reserved by the
   * specified database engine. </ul>
   *
   * <p>For more information about reserved words in PostgreSQL, see the SQL Key Words articles for
   * <a
   * href="https://docs.aws.amazon.com/https://www.postgresql.org/docs/9.6/sql-keywords-appendix.html">PostgreSQL
   * 9.6</a> , <a
   * href="https://docs.aws.amazon.com/https://www.postgresql.org/docs/10/sql-keywords-appendix.html">PostgreSQL
   * 10</a> , <a
   * href="https://docs.aws.amazon.com/https://www.postgresql.org/docs/11/sql-keywords-appendix.html">PostgreSQL
   * 11</a> , and <a
   * href="https://docs.aws.amazon.com/https://www.postgresql.org/docs/12/sql-keywords-appendix.html">PostgreSQL
   * 12</a> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code MasterDatabaseName}.
   */
  public Database masterDatabaseName(String value) {
    return set("MasterDatabaseName", Value.of(value));
  }

  /** Sets {@code MasterDatabaseName} to this value; see {@link #masterDatabaseName(String)}. */
  public Database masterDatabaseName(Value<String> value) {
    return set("MasterDatabaseName", value);
  }

  /**
   * The password for the primary user of the database. The password can include any printable ASCII
   * character except the following: /, ", or &#64;. It cannot contain spaces.
   *
   * <p>The <code>MasterUserPassword</code> and <code>RotateMasterUserPassword</code> parameters
   * cannot be used together in the same template.
   *
   * <p><em>MySQL</em>
   *
   * <p>Constraints: Must contain 8-41 characters.
   *
   * <p><em>PostgreSQL</em>
   *
   * <p>Constraints: Must contain 8-128 characters.
   *
   * <p>Length: 1 to 63 characters. CloudFormation property {@code MasterUserPassword}.
   */
  public Database masterUserPassword(String value) {
    return set("MasterUserPassword", Value.of(value));
  }

  /** Sets {@code MasterUserPassword} to this value; see {@link #masterUserPassword(String)}. */
  public Database masterUserPassword(Value<String> value) {
    return set("MasterUserPassword", value);
  }

  /**
   * The name for the primary user.
   *
   * <p><em>MySQL</em>
   *
   * <p>Constraints:
   *
   * <ul> <li>Required for MySQL. <li>Must be 1-16 letters or numbers. Can contain underscores.
   * <li>First character must be a letter. <li>Can't be a reserved word for the chosen database
   * engine. </ul>
   *
   * <p>For more information about reserved words in MySQL 5.6 or 5.7, see the Keywords and Reserved
   * Words articles for <a
   * href="https://docs.aws.amazon.com/https://dev.mysql.com/doc/refman/5.6/en/keywords.html">MySQL
   * 5.6</a> , <a
   * href="https://docs.aws.amazon.com/https://dev.mysql.com/doc/refman/5.7/en/keywords.html">MySQL
   * 5.7</a> , or <a
   * href="https://docs.aws.amazon.com/https://dev.mysql.com/doc/refman/8.0/en/keywords.html">MySQL
   * 8.0</a> .
   *
   * <p><em>PostgreSQL</em>
   *
   * <p>Constraints:
   *
   * <ul> <li>Required for PostgreSQL. <li>Must be 1-63 letters or numbers. Can contain underscores.
   * <li>First character must be a letter. <li>Can't be a reserved word for the chosen database
   * engine. </ul>
   *
   * <p>For more information about reserved words in MySQL 5.6 or 5.7, see the Keywords and Reserved
   * Words articles for <a
   * href="https://docs.aws.amazon.com/https://www.postgresql.org/docs/9.6/sql-keywords-appendix.html">PostgreSQL
   * 9.6</a> , <a
   * href="https://docs.aws.amazon.com/https://www.postgresql.org/docs/10/sql-keywords-appendix.html">PostgreSQL
   * 10</a> , <a
   * href="https://docs.aws.amazon.com/https://www.postgresql.org/docs/11/sql-keywords-appendix.html">PostgreSQL
   * 11</a> , and <a
   * href="https://docs.aws.amazon.com/https://www.postgresql.org/docs/12/sql-keywords-appendix.html">PostgreSQL
   * 12</a> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. CloudFormation
   * property {@code MasterUsername}.
   */
  public Database masterUsername(String value) {
    return set("MasterUsername", Value.of(value));
  }

  /** Sets {@code MasterUsername} to this value; see {@link #masterUsername(String)}. */
  public Database masterUsername(Value<String> value) {
    return set("MasterUsername", value);
  }

  /**
   * The daily time range during which automated backups are created for the database (for example,
   * <code>16:00-16:30</code> ).
   *
   * <p>CloudFormation property {@code PreferredBackupWindow}.
   */
  public Database preferredBackupWindow(String value) {
    return set("PreferredBackupWindow", Value.of(value));
  }

  /**
   * Sets {@code PreferredBackupWindow} to this value; see {@link #preferredBackupWindow(String)}.
   */
  public Database preferredBackupWindow(Value<String> value) {
    return set("PreferredBackupWindow", value);
  }

  /**
   * The weekly time range during which system maintenance can occur for the database, formatted as
   * follows: <code>ddd:hh24:mi-ddd:hh24:mi</code> . For example, <code>Tue:17:00-Tue:17:30</code> .
   *
   * <p>CloudFormation property {@code PreferredMaintenanceWindow}.
   */
  public Database preferredMaintenanceWindow(String value) {
    return set("PreferredMaintenanceWindow", Value.of(value));
  }

  /**
   * Sets {@code PreferredMaintenanceWindow} to this value; see {@link
   * #preferredMaintenanceWindow(String)}.
   */
  public Database preferredMaintenanceWindow(Value<String> value) {
    return set("PreferredMaintenanceWindow", value);
  }

  /**
   * A Boolean value indicating whether the database is accessible to anyone on the internet.
   *
   * <p>CloudFormation property {@code PubliclyAccessible}.
   */
  public Database publiclyAccessible(boolean value) {
    return set("PubliclyAccessible", Value.of(value));
  }

  /** Sets {@code PubliclyAccessible} to this value; see {@link #publiclyAccessible(boolean)}. */
  public Database publiclyAccessible(Value<Boolean> value) {
    return set("PubliclyAccessible", value);
  }

  /**
   * The blueprint ID for the database (for example, <code>mysql_8_0</code> ).
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code RelationalDatabaseBlueprintId}.
   */
  public Database relationalDatabaseBlueprintId(String value) {
    return set("RelationalDatabaseBlueprintId", Value.of(value));
  }

  /**
   * Sets {@code RelationalDatabaseBlueprintId} to this value; see {@link
   * #relationalDatabaseBlueprintId(String)}.
   */
  public Database relationalDatabaseBlueprintId(Value<String> value) {
    return set("RelationalDatabaseBlueprintId", value);
  }

  /**
   * The bundle ID for the database (for example, <code>medium_1_0</code> ).
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code RelationalDatabaseBundleId}.
   */
  public Database relationalDatabaseBundleId(String value) {
    return set("RelationalDatabaseBundleId", Value.of(value));
  }

  /**
   * Sets {@code RelationalDatabaseBundleId} to this value; see {@link
   * #relationalDatabaseBundleId(String)}.
   */
  public Database relationalDatabaseBundleId(Value<String> value) {
    return set("RelationalDatabaseBundleId", value);
  }

  /**
   * The name of the instance.
   *
   * <p>Required. Changing it replaces the resource. Length: 2 to 255 characters. Pattern: {@code
   * &#92;w[&#92;w&#92;-]*&#92;w}. CloudFormation property {@code RelationalDatabaseName}.
   */
  public Database relationalDatabaseName(String value) {
    return set("RelationalDatabaseName", Value.of(value));
  }

  /**
   * Sets {@code RelationalDatabaseName} to this value; see {@link #relationalDatabaseName(String)}.
   */
  public Database relationalDatabaseName(Value<String> value) {
    return set("RelationalDatabaseName", value);
  }

  /**
   * An array of parameters for the database.
   *
   * <p>CloudFormation property {@code RelationalDatabaseParameters}.
   */
  public Database relationalDatabaseParameters(List<RelationalDatabaseParameter> value) {
    return set("RelationalDatabaseParameters", Value.listOf(value));
  }

  /**
   * Sets {@code RelationalDatabaseParameters} to this value; see {@link
   * #relationalDatabaseParameters(List)}.
   */
  public Database relationalDatabaseParameters(Value<List<RelationalDatabaseParameter>> value) {
    return set("RelationalDatabaseParameters", value);
  }

  /**
   * Sets {@code RelationalDatabaseParameters} to a list of these; see {@link
   * #relationalDatabaseParameters(List)}.
   */
  public Database relationalDatabaseParameters(RelationalDatabaseParameter... values) {
    return set("RelationalDatabaseParameters", Value.list(values));
  }

  /**
   * A Boolean value indicating whether to change the primary user password to a new, strong
   * password generated by Lightsail .
   *
   * <p>The <code>RotateMasterUserPassword</code> and <code>MasterUserPassword</code> parameters
   * cannot be used together in the same template.
   *
   * <p>CloudFormation property {@code RotateMasterUserPassword}.
   */
  public Database rotateMasterUserPassword(boolean value) {
    return set("RotateMasterUserPassword", Value.of(value));
  }

  /**
   * Sets {@code RotateMasterUserPassword} to this value; see {@link
   * #rotateMasterUserPassword(boolean)}.
   */
  public Database rotateMasterUserPassword(Value<Boolean> value) {
    return set("RotateMasterUserPassword", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * in the <em>AWS CloudFormation User Guide</em> .
   *
   * <p>The <code>Value</code> of <code>Tags</code> is optional for Lightsail resources.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Database tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Database tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Database tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the database (for example,
   * <code>arn:aws:lightsail:us-east-2:123456789101:RelationalDatabase/244ad76f-8aad-4741-809f-12345EXAMPLE</code>
   * ).
   *
   * <p>{@code Fn::GetAtt} attribute {@code DatabaseArn}.
   */
  public Value<String> databaseArn() {
    return getAtt("DatabaseArn");
  }

  /**
   * <code>RelationalDatabaseParameter</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lightsail-database.html">AWS::Lightsail::Database</a>
   * resource. It describes parameters for the database.
   *
   * <p>Property type {@code AWS::Lightsail::Database.RelationalDatabaseParameter}.
   */
  public static final class RelationalDatabaseParameter extends Struct<RelationalDatabaseParameter> {
    private static final Schema SCHEMA = Schema.of("AWS::Lightsail::Database.RelationalDatabaseParameter");

    public RelationalDatabaseParameter() {
      super(SCHEMA);
    }

    /**
     * The valid range of values for the parameter.
     *
     * <p>CloudFormation property {@code AllowedValues}.
     */
    public RelationalDatabaseParameter allowedValues(String value) {
      return set("AllowedValues", Value.of(value));
    }

    /** Sets {@code AllowedValues} to this value; see {@link #allowedValues(String)}. */
    public RelationalDatabaseParameter allowedValues(Value<String> value) {
      return set("AllowedValues", value);
    }

    /**
     * Indicates when parameter updates are applied.
     *
     * <p>Can be <code>immediate</code> or <code>pending-reboot</code> .
     *
     * <p>CloudFormation property {@code ApplyMethod}.
     */
    public RelationalDatabaseParameter applyMethod(String value) {
      return set("ApplyMethod", Value.of(value));
    }

    /** Sets {@code ApplyMethod} to this value; see {@link #applyMethod(String)}. */
    public RelationalDatabaseParameter applyMethod(Value<String> value) {
      return set("ApplyMethod", value);
    }

    /**
     * Specifies the engine-specific parameter type.
     *
     * <p>CloudFormation property {@code ApplyType}.
     */
    public RelationalDatabaseParameter applyType(String value) {
      return set("ApplyType", Value.of(value));
    }

    /** Sets {@code ApplyType} to this value; see {@link #applyType(String)}. */
    public RelationalDatabaseParameter applyType(Value<String> value) {
      return set("ApplyType", value);
    }

    /**
     * The valid data type of the parameter.
     *
     * <p>CloudFormation property {@code DataType}.
     */
    public RelationalDatabaseParameter dataType(String value) {
      return set("DataType", Value.of(value));
    }

    /** Sets {@code DataType} to this value; see {@link #dataType(String)}. */
    public RelationalDatabaseParameter dataType(Value<String> value) {
      return set("DataType", value);
    }

    /**
     * A description of the parameter.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public RelationalDatabaseParameter description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public RelationalDatabaseParameter description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * A Boolean value indicating whether the parameter can be modified.
     *
     * <p>CloudFormation property {@code IsModifiable}.
     */
    public RelationalDatabaseParameter isModifiable(boolean value) {
      return set("IsModifiable", Value.of(value));
    }

    /** Sets {@code IsModifiable} to this value; see {@link #isModifiable(boolean)}. */
    public RelationalDatabaseParameter isModifiable(Value<Boolean> value) {
      return set("IsModifiable", value);
    }

    /**
     * The name of the parameter.
     *
     * <p>CloudFormation property {@code ParameterName}.
     */
    public RelationalDatabaseParameter parameterName(String value) {
      return set("ParameterName", Value.of(value));
    }

    /** Sets {@code ParameterName} to this value; see {@link #parameterName(String)}. */
    public RelationalDatabaseParameter parameterName(Value<String> value) {
      return set("ParameterName", value);
    }

    /**
     * The value for the parameter.
     *
     * <p>CloudFormation property {@code ParameterValue}.
     */
    public RelationalDatabaseParameter parameterValue(String value) {
      return set("ParameterValue", Value.of(value));
    }

    /** Sets {@code ParameterValue} to this value; see {@link #parameterValue(String)}. */
    public RelationalDatabaseParameter parameterValue(Value<String> value) {
      return set("ParameterValue", value);
    }
  }
}

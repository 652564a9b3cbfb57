// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.opsworks;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opsworks-app.html
 *
 * <p>CloudFormation type {@code AWS::OpsWorks::App}.
 */
public final class App extends Resource<App> {
  private static final Schema SCHEMA = Schema.builder("AWS::OpsWorks::App")
      .required("Name", "StackId", "Type")
      .build();

  public App(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A <code>Source</code> object that specifies the app repository.
   *
   * <p>CloudFormation property {@code AppSource}.
   */
  public App appSource(Value<Source> value) {
    return set("AppSource", value);
  }

  /**
   * One or more user-defined key/value pairs to be added to the stack attributes.
   *
   * <p>CloudFormation property {@code Attributes}.
   */
  public App attributes(Map<String, String> value) {
    return set("Attributes", Value.mapOf(value));
  }

  /** Sets {@code Attributes} to this value; see {@link #attributes(Map)}. */
  public App attributes(Value<Map<String, String>> value) {
    return set("Attributes", value);
  }

  /**
   * The app's data source.
   *
   * <p>CloudFormation property {@code DataSources}.
   */
  public App dataSources(List<DataSource> value) {
    return set("DataSources", Value.listOf(value));
  }

  /** Sets {@code DataSources} to this value; see {@link #dataSources(List)}. */
  public App dataSources(Value<List<DataSource>> value) {
    return set("DataSources", value);
  }

  /** Sets {@code DataSources} to a list of these; see {@link #dataSources(List)}. */
  public App dataSources(DataSource... values) {
    return set("DataSources", Value.list(values));
  }

  /**
   * A description of the app.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public App description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public App description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The app virtual host settings, with multiple domains separated by commas. For example:
   * <code>'www.example.com, example.com'</code>
   *
   * <p>CloudFormation property {@code Domains}.
   */
  public App domains(List<String> value) {
    return set("Domains", Value.listOf(value));
  }

  /** Sets {@code Domains} to this value; see {@link #domains(List)}. */
  public App domains(Value<List<String>> value) {
    return set("Domains", value);
  }

  /**
   * Whether to enable SSL for the app.
   *
   * <p>CloudFormation property {@code EnableSsl}.
   */
  public App enableSsl(boolean value) {
    return set("EnableSsl", Value.of(value));
  }

  /** Sets {@code EnableSsl} to this value; see {@link #enableSsl(boolean)}. */
  public App enableSsl(Value<Boolean> value) {
    return set("EnableSsl", value);
  }

  /**
   * An array of <code>EnvironmentVariable</code> objects that specify environment variables to be
   * associated with the app. After you deploy the app, these variables are defined on the
   * associated app server instance. For more information, see <a
   * href="https://docs.aws.amazon.com/opsworks/latest/userguide/workingapps-creating.html#workingapps-creating-environment">Environment
   * Variables</a> .
   *
   * <p>There is no specific limit on the number of environment variables. However, the size of the
   * associated data structure - which includes the variables' names, values, and protected flag
   * values - cannot exceed 20 KB. This limit should accommodate most if not all use cases.
   * Exceeding it will cause an exception with the message, "Environment: is too large (maximum is
   * 20KB)."
   *
   * <p>If you have specified one or more environment variables, you cannot modify the stack's Chef
   * version.
   *
   * <p>CloudFormation property {@code Environment}.
   */
  public App environment(List<EnvironmentVariable> value) {
    return set("Environment", Value.listOf(value));
  }

  /** Sets {@code Environment} to this value; see {@link #environment(List)}. */
  public App environment(Value<List<EnvironmentVariable>> value) {
    return set("Environment", value);
  }

  /** Sets {@code Environment} to a list of these; see {@link #environment(List)}. */
  public App environment(EnvironmentVariable... values) {
    return set("Environment", Value.list(values));
  }

  /**
   * The app name.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public App name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public App name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The app's short name.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Shortname}.
   */
  public App shortname(String value) {
    return set("Shortname", Value.of(value));
  }

  /** Sets {@code Shortname} to this value; see {@link #shortname(String)}. */
  public App shortname(Value<String> value) {
    return set("Shortname", value);
  }

  /**
   * An <code>SslConfiguration</code> object with the SSL configuration.
   *
   * <p>CloudFormation property {@code SslConfiguration}.
   */
  public App sslConfiguration(Value<SslConfiguration> value) {
    return set("SslConfiguration", value);
  }

  /**
   * The stack ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code StackId}.
   */
  public App stackId(String value) {
    return set("StackId", Value.of(value));
  }

  /** Sets {@code StackId} to this value; see {@link #stackId(String)}. */
  public App stackId(Value<String> value) {
    return set("StackId", value);
  }

  /**
   * The app type. Each supported type is associated with a particular layer. For example, PHP
   * applications are associated with a PHP layer. OpsWorks Stacks deploys an application to those
   * instances that are members of the corresponding layer. If your app isn't one of the standard
   * types, or you prefer to implement your own Deploy recipes, specify <code>other</code> .
   *
   * <p>Required. CloudFormation property {@code Type}.
   */
  public App typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public App typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /** Property type {@code AWS::OpsWorks::App.DataSource}. */
  public static final class DataSource extends Struct<DataSource> {
    private static final Schema SCHEMA = Schema.of("AWS::OpsWorks::App.DataSource");

    public DataSource() {
      super(SCHEMA);
    }

    /**
     * The data source's ARN.
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public DataSource arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public DataSource arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * The database name.
     *
     * <p>CloudFormation property {@code DatabaseName}.
     */
    public DataSource databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public DataSource databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The data source's type, <code>AutoSelectOpsworksMysqlInstance</code> ,
     * <code>OpsworksMysqlInstance</code> , <code>RdsDbInstance</code> , or <code>None</code> .
     *
     * <p>CloudFormation property {@code Type}.
     */
    public DataSource type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DataSource type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::OpsWorks::App.EnvironmentVariable}. */
  public static final class EnvironmentVariable extends Struct<EnvironmentVariable> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpsWorks::App.EnvironmentVariable")
        .required("Key", "Value")
        .build();

    public EnvironmentVariable() {
      super(SCHEMA);
    }

    /**
     * (Required) The environment variable's name, which can consist of up to 64 characters and must
     * be specified. The name can contain upper- and lowercase letters, numbers, and underscores
     * (_), but it must start with a letter or underscore.
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public EnvironmentVariable key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public EnvironmentVariable key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * (Optional) Whether the variable's value is returned by the <code>DescribeApps</code> action.
     * To hide an environment variable's value, set <code>Secure</code> to <code>true</code> .
     * <code>DescribeApps</code> returns <code>***<b>FILTERED</b>***</code> instead of the actual
     * value. The default value for <code>Secure</code> is <code>false</code> .
     *
     * <p>CloudFormation property {@code Secure}.
     */
    public EnvironmentVariable secure(boolean value) {
      return set("Secure", Value.of(value));
    }

    /** Sets {@code Secure} to this value; see {@link #secure(boolean)}. */
    public EnvironmentVariable secure(Value<Boolean> value) {
      return set("Secure", value);
    }

    /**
     * (Optional) The environment variable's value, which can be left empty. If you specify a value,
     * it can contain up to 256 characters, which must all be printable.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public EnvironmentVariable value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EnvironmentVariable value(Value<String> value) {
      return set("Value", value);
    }
  }

  /** Property type {@code AWS::OpsWorks::App.Source}. */
  public static final class Source extends Struct<Source> {
    private static final Schema SCHEMA = Schema.of("AWS::OpsWorks::App.Source");

    public Source() {
      super(SCHEMA);
    }

    /**
     * When included in a request, the parameter depends on the repository type.
     *
     * <ul> <li>For Amazon S3 bundles, set <code>Password</code> to the appropriate IAM secret
     * access key. <li>For HTTP bundles and Subversion repositories, set <code>Password</code> to
     * the password. </ul>
     *
     * <p>For more information on how to safely handle IAM credentials, see <a
     * href="https://docs.aws.amazon.com/general/latest/gr/aws-access-keys-best-practices.html"></a>
     * .
     *
     * <p>In responses, OpsWorks Stacks returns <code>***<b>FILTERED</b>***</code> instead of the
     * actual value.
     *
     * <p>CloudFormation property {@code Password}.
     */
    public Source password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public Source password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * The application's version. OpsWorks Stacks enables you to easily deploy new versions of an
     * application. One of the simplest approaches is to have branches or revisions in your
     * repository that represent different versions that can potentially be deployed.
     *
     * <p>CloudFormation property {@code Revision}.
     */
    public Source revision(String value) {
      return set("Revision", Value.of(value));
    }

    /** Sets {@code Revision} to this value; see {@link #revision(String)}. */
    public Source revision(Value<String> value) {
      return set("Revision", value);
    }

    /**
     * In requests, the repository's SSH key.
     *
     * <p>In responses, OpsWorks Stacks returns <code>***<b>FILTERED</b>***</code> instead of the
     * actual value.
     *
     * <p>CloudFormation property {@code SshKey}.
     */
    public Source sshKey(String value) {
      return set("SshKey", Value.of(value));
    }

    /** Sets {@code SshKey} to this value; see {@link #sshKey(String)}. */
    public Source sshKey(Value<String> value) {
      return set("SshKey", value);
    }

    /**
     * The repository type.
     *
     * <p>CloudFormation property {@code Type}.
     */
    public Source type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Source type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The source URL. The following is an example of an Amazon S3 source URL:
     * <code>https://s3.amazonaws.com/opsworks-demo-bucket/opsworks_cookbook_demo.tar.gz</code> .
     *
     * <p>CloudFormation property {@code Url}.
     */
    public Source url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public Source url(Value<String> value) {
      return set("Url", value);
    }

    /**
     * This parameter depends on the repository type.
     *
     * <ul> <li>For Amazon S3 bundles, set <code>Username</code> to the appropriate IAM access key
     * ID. <li>For HTTP bundles, Git repositories, and Subversion repositories, set
     * <code>Username</code> to the user name. </ul>
     *
     * <p>CloudFormation property {@code Username}.
     */
    public Source username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public Source username(Value<String> value) {
      return set("Username", value);
    }
  }

  /** Property type {@code AWS::OpsWorks::App.SslConfiguration}. */
  public static final class SslConfiguration extends Struct<SslConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::OpsWorks::App.SslConfiguration");

    public SslConfiguration() {
      super(SCHEMA);
    }

    /**
     * The contents of the certificate's domain.crt file.
     *
     * <p>CloudFormation property {@code Certificate}.
     */
    public SslConfiguration certificate(String value) {
      return set("Certificate", Value.of(value));
    }

    /** Sets {@code Certificate} to this value; see {@link #certificate(String)}. */
    public SslConfiguration certificate(Value<String> value) {
      return set("Certificate", value);
    }

    /**
     * Optional. Can be used to specify an intermediate certificate authority key or client
     * authentication.
     *
     * <p>CloudFormation property {@code Chain}.
     */
    public SslConfiguration chain(String value) {
      return set("Chain", Value.of(value));
    }

    /** Sets {@code Chain} to this value; see {@link #chain(String)}. */
    public SslConfiguration chain(Value<String> value) {
      return set("Chain", value);
    }

    /**
     * The private key; the contents of the certificate's domain.kex file.
     *
     * <p>CloudFormation property {@code PrivateKey}.
     */
    public SslConfiguration privateKey(String value) {
      return set("PrivateKey", Value.of(value));
    }

    /** Sets {@code PrivateKey} to this value; see {@link #privateKey(String)}. */
    public SslConfiguration privateKey(Value<String> value) {
      return set("PrivateKey", value);
    }
  }
}

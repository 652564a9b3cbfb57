// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::DeviceFarm}: {@link DevicePool}, {@link InstanceProfile},
 * {@link NetworkProfile}, {@link Project}, {@link TestGridProject}, {@link Upload}, {@link
 * VPCEConfiguration}.
 */
package io.tropo4j.resources.devicefarm;

// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::IoTWireless}: {@link Destination}, {@link DeviceProfile},
 * {@link FuotaTask}, {@link MulticastGroup}, {@link NetworkAnalyzerConfiguration}, {@link
 * PartnerAccount}, {@link ServiceProfile}, {@link TaskDefinition}, {@link WirelessDevice}, {@link
 * WirelessDeviceImportTask}, {@link WirelessGateway}.
 */
package io.tropo4j.resources.iotwireless;

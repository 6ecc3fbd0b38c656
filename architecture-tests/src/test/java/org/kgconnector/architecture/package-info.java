/** The module rules of the house, as tests over the compiled classes of every module. */
package org.kgconnector.architecture;
